import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { roomClosesAfterMinutes } from "./timing";

/**
 * completeReportedMeetings' one statement: sets status COMPLETED on every
 * SCHEDULED meeting whose room has closed by `now` (its end plus the room's
 * closing delay) and that has at least one outcome report; no rows back (run
 * with `$executeRaw`, which answers the count). The rows are locked in id order,
 * skipping any another transaction holds (the next sweep completes it), as the
 * no-show sweep does: two multi-row writers locking in scan order can deadlock.
 */
export function completeReportedMeetingsSql({ now }: { now: Date }): Prisma.Sql {
  return Prisma.sql`
    WITH due AS (
      SELECT m.id FROM "Meeting" m
      WHERE m.status = 'SCHEDULED'
        AND m."endsAt" + make_interval(mins => ${roomClosesAfterMinutes}::int) <= ${now}::timestamptz
        AND EXISTS (SELECT 1 FROM "MeetingOutcomeReport" r WHERE r."meetingId" = m.id)
      ORDER BY m.id
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "Meeting" m SET status = 'COMPLETED', "updatedAt" = ${now}::timestamptz
    FROM due WHERE m.id = due.id`;
}
