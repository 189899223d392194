import { apiRoute } from "@/lib/api/api-route";
import { meetingRequestDto } from "@/lib/api/dtos";
import { endpoints } from "@/lib/api/endpoints";
import { requestMeeting } from "@/lib/meetings/request-meeting";
import { methodsNotAllowedBesides } from "@/lib/api/method-not-allowed";

export const POST = apiRoute(endpoints.requestMeeting, async ({ actor, body }) => {
  const result = await requestMeeting(actor, body);
  return meetingRequestDto(result.request);
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowedBesides("POST");
