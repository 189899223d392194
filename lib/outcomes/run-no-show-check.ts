import "server-only";
import { dbClient } from "@/lib/scheduling/db-client";
import { notifyMeetingEvents } from "@/lib/jobs/mail-queue";
import { recipientsOf, type MeetingEvent } from "@/lib/meetings/events";
import { markNoShows, type NoShowMark } from "@/lib/rooms/no-show";
import { completeReportedMeetings } from "./complete-reported-meetings";

/**
 * When exactly one side stayed away, the side that came is told by mail (the absent
 * one is the mail's counterpart). When both stayed away nobody was there to wait;
 * the organizers see either case on the meeting and outcomes pages.
 */
export async function noShowEvents(marks: NoShowMark[]): Promise<MeetingEvent[]> {
  const events: MeetingEvent[] = [];
  for (const mark of marks) {
    if (mark.supplierNoShow === mark.buyerNoShow) continue;
    const present = mark.supplierNoShow ? mark.buyerOrgId : mark.supplierOrgId;
    events.push({
      kind: "noShow",
      requestId: null,
      meetingId: mark.meetingId,
      recipients: await recipientsOf(dbClient, [present]),
    });
  }
  return events;
}

/**
 * The periodic bookkeeping after meetings: marks no-shows (and queues the mails)
 * and completes reported meetings whose room has closed. Cheap when there is
 * nothing to do: two UPDATEs that find no row (checked meetings drop out).
 */
export async function runNoShowCheck({ now = new Date(), meetingIds }: { now?: Date; meetingIds?: string[] } = {}) {
  const marks = await markNoShows({ now, meetingIds });
  await notifyMeetingEvents(await noShowEvents(marks));
  const completed = meetingIds ? 0 : await completeReportedMeetings({ now });
  return { marked: marks.length, completed };
}
