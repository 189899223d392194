import "server-only";
import { db } from "@/lib/db";
import { completeReportedMeetingsSql } from "./complete-reported-meetings-sql";

/**
 * Marks SCHEDULED meetings COMPLETED once their room has closed and a side has
 * reported an outcome (a report written during the meeting leaves it SCHEDULED, so
 * the room stays usable). Set-based and idempotent; run by the periodic sweep.
 */
export async function completeReportedMeetings({ now }: { now: Date }): Promise<number> {
  return db.$executeRaw(completeReportedMeetingsSql({ now }));
}
