import "server-only";
import { db } from "@/lib/db";
import { roomClosesAfterMinutes } from "./timing";

/**
 * Marks SCHEDULED meetings COMPLETED once their room has closed and a side has
 * reported an outcome (a report written during the meeting leaves it SCHEDULED, so
 * the room stays usable). Set-based and idempotent; run by the periodic sweep.
 */
export async function completeReportedMeetings({ now }: { now: Date }): Promise<number> {
  return db.$executeRaw`
    UPDATE "Meeting" m SET status = 'COMPLETED', "updatedAt" = ${now}::timestamptz
    WHERE m.status = 'SCHEDULED'
      AND m."endsAt" + make_interval(mins => ${roomClosesAfterMinutes}::int) <= ${now}::timestamptz
      AND EXISTS (SELECT 1 FROM "MeetingOutcomeReport" r WHERE r."meetingId" = m.id)`;
}
