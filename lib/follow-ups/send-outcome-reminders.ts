import "server-only";
import { db } from "@/lib/db";
import { notifyMeetingEvents } from "@/lib/jobs/mail-queue";
import type { MeetingEvent } from "@/lib/meetings/events";
import { claimOutcomeRemindersSql } from "./outcome-reminders-sql";

/**
 * After a meeting ends, each person of a side that has not recorded its outcome is mailed
 * once ("outcomeDue", in their language, with a link to the meeting page). The claim is a
 * row per person and meeting (OutcomeReminder): concurrent runs, the job and the periodic
 * sweep together, mail each person once. A mail lost after the claim (the queue down) is
 * not retried: a reminder is worth at most one mail. Returns the events queued.
 */
export async function sendOutcomeReminders({
  now = new Date(),
  meetingIds,
}: { now?: Date; meetingIds?: string[] } = {}): Promise<MeetingEvent[]> {
  if (meetingIds && meetingIds.length === 0) return [];
  const claimed = await db.$queryRaw<{ meetingId: string; userId: string }[]>(
    claimOutcomeRemindersSql({ now, meetingIds }),
  );
  const byMeeting = new Map<string, string[]>();
  for (const row of claimed) byMeeting.set(row.meetingId, [...(byMeeting.get(row.meetingId) ?? []), row.userId]);
  const events: MeetingEvent[] = [...byMeeting].map(([meetingId, recipients]) => ({
    kind: "outcomeDue",
    requestId: null,
    meetingId,
    recipients,
  }));
  await notifyMeetingEvents(events);
  return events;
}
