import "server-only";
import { db } from "@/lib/db";
import { markNoShowsSql } from "./no-show-sql";

export type NoShowMark = {
  meetingId: string;
  supplierOrgId: string;
  buyerOrgId: string;
  supplierNoShow: boolean;
  buyerNoShow: boolean;
};

/**
 * Marks the sides that had not joined the room 10 minutes into the slot. One
 * set-based UPDATE over SCHEDULED meetings whose deadline has passed and that were
 * never checked: each meeting is checked once (noShowCheckedAt), so running it
 * again, or from two instances at once (SKIP LOCKED), changes nothing; a party that
 * joins later does not undo the mark. Any member of the side's organization counts;
 * only visits that began by the deadline do, so a late sweep decides the same way.
 * `meetingIds` narrows the check (the meeting page checks its own meeting on view).
 */
export async function markNoShows({ now, meetingIds }: { now: Date; meetingIds?: string[] }): Promise<NoShowMark[]> {
  return db.$queryRaw<NoShowMark[]>(markNoShowsSql({ now, meetingIds }));
}
