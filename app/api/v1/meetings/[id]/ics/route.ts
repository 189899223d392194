import { API_HEADERS } from "@/lib/api/api-error-response";
import { apiRoute } from "@/lib/api/api-route";
import { endpoints } from "@/lib/api/endpoints";
import { loadCalendarMeeting } from "@/lib/calendar/calendar-meeting";
import { meetingIcs } from "@/lib/calendar/meeting-ics";
import { getMeeting } from "@/lib/meetings/get-meeting";
import { meetingNotFound } from "@/lib/meetings/meeting-access";
import { methodsNotAllowedBesides } from "@/lib/api/method-not-allowed";

export const GET = apiRoute(endpoints.meetingIcs, async ({ actor, locale, params }) => {
  // The access check: only those who may see the meeting get its calendar file.
  const visible = await getMeeting(actor, params.id);
  const meeting = await loadCalendarMeeting(visible.id);
  if (!meeting) throw meetingNotFound();
  const ics = meetingIcs(meeting, {
    method: meeting.status === "CANCELLED" ? "CANCEL" : "REQUEST",
    viewerLocale: locale,
  });
  return new Response(ics, {
    headers: {
      ...API_HEADERS,
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="meeting-${meeting.id}.ics"`,
    },
  });
});

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowedBesides("GET");
