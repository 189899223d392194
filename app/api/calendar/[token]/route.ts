import { calendarFeedFor } from "@/lib/calendar/calendar-feed";
import { AppError } from "@/lib/errors";
import { guardedRoute } from "@/lib/http/guarded-route";

/** A user's private calendar feed (iCalendar), for calendar apps that subscribe by URL. */
export const GET = guardedRoute<{ token: string }>(async (_request, { token }) => {
  const ics = await calendarFeedFor(token);
  if (ics === null) throw new AppError("NOT_FOUND", "calendarFeedNotFound");
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="fairbridge.ics"',
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
