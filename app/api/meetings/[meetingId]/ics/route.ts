import { getActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { guardedRoute } from "@/lib/http/guarded-route";
import { loadCalendarMeeting } from "@/lib/calendar/calendar-meeting";
import { meetingIcs } from "@/lib/calendar/meeting-ics";
import { findMeeting } from "@/lib/meetings/find-meeting";

/**
 * One meeting as an .ics file for the signed-in user: only its parties, its
 * interpreter and organizers of the hosting fair get it (getMeeting decides);
 * everyone else gets 404. A cancelled meeting downloads as METHOD:CANCEL.
 */
export const GET = guardedRoute<{ meetingId: string }>(async (_request, { meetingId }) => {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "unauthenticated");
  const visible = await findMeeting(actor, meetingId);
  const meeting = visible ? await loadCalendarMeeting(visible.id) : null;
  if (!meeting) throw new AppError("NOT_FOUND", "meetingNotFound");
  const body = meetingIcs(meeting, {
    method: meeting.status === "CANCELLED" ? "CANCEL" : "REQUEST",
    viewerLocale: actor.locale,
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="meeting-${meeting.id}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
});
