import { apiRoute } from "@/lib/api/api-route";
import { meetingDetailDto } from "@/lib/api/dtos";
import { endpoints } from "@/lib/api/endpoints";
import { acceptRequest } from "@/lib/meetings/accept-request";
import { getMeeting } from "@/lib/meetings/get-meeting";
import { methodsNotAllowedBesides } from "@/lib/api/method-not-allowed";

export const POST = apiRoute(endpoints.acceptRequest, async ({ actor, locale, params, body }) => {
  const result = await acceptRequest(actor, params.id, body);
  return meetingDetailDto(await getMeeting(actor, result.meeting.id), locale);
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowedBesides("POST");
