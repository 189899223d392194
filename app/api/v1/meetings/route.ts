import { apiRoute } from "@/lib/api/api-route";
import { meetingDto } from "@/lib/api/dtos";
import { endpoints } from "@/lib/api/endpoints";
import { listMySchedule } from "@/lib/meetings/list-my-schedule";
import { methodsNotAllowedBesides } from "@/lib/api/method-not-allowed";

export const GET = apiRoute(endpoints.listMeetings, async ({ actor, query }) => {
  const days = await listMySchedule(actor, { sessionId: query.sessionId, includeCancelled: query.includeCancelled });
  return { meetings: days.flatMap((day) => day.meetings).map(meetingDto) };
});

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowedBesides("GET");
