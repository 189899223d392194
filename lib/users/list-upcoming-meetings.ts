import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { listMySchedule, type ScheduleDay } from "@/lib/meetings/list-my-schedule";

/**
 * The dashboard's "upcoming meetings": the actor's schedule (the very list the
 * Meetings page shows, read by listMySchedule) from `now` on, at most `limit`
 * meetings, still grouped by day on the actor's own calendar. A meeting in
 * progress (started, not yet ended) counts as upcoming.
 */
export async function listUpcomingMeetings(
  actor: Actor,
  { now = new Date(), limit = 5 }: { now?: Date; limit?: number } = {},
): Promise<ScheduleDay[]> {
  const upcoming: ScheduleDay[] = [];
  let left = limit;
  for (const day of await listMySchedule(actor)) {
    if (left <= 0) break;
    const meetings = day.meetings.filter((meeting) => meeting.endsAt > now).slice(0, left);
    if (meetings.length === 0) continue;
    upcoming.push({ day: day.day, meetings });
    left -= meetings.length;
  }
  return upcoming;
}
