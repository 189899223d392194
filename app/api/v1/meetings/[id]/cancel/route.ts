import { apiRoute } from "@/lib/api/api-route";
import { meetingDetailDto } from "@/lib/api/dtos";
import { endpoints } from "@/lib/api/endpoints";
import { cancelMeeting } from "@/lib/meetings/cancel-meeting";
import { getMeeting } from "@/lib/meetings/get-meeting";
import { methodsNotAllowedBesides } from "@/lib/api/method-not-allowed";

export const POST = apiRoute(endpoints.cancelMeeting, async ({ actor, locale, params, body }) => {
  const result = await cancelMeeting(actor, params.id, body);
  return meetingDetailDto(await getMeeting(actor, result.meeting.id), locale);
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowedBesides("POST");
