import { apiRoute } from "@/lib/api/api-route";
import { meetingRequestDto } from "@/lib/api/dtos";
import { endpoints } from "@/lib/api/endpoints";
import { notifyMeetingEvents } from "@/lib/jobs/mail-queue";
import { requestMeeting } from "@/lib/meetings/request-meeting";
import { methodsNotAllowedBesides } from "@/lib/api/method-not-allowed";

export const POST = apiRoute(endpoints.requestMeeting, async ({ actor, body }) => {
  const result = await requestMeeting(actor, body);
  await notifyMeetingEvents(result.events);
  return meetingRequestDto(result.request);
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowedBesides("POST");
