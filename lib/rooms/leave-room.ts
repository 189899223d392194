import "server-only";
import { db } from "@/lib/db";
import { insertSignal } from "./signal-store";

/**
 * Ends one visit (leave button, closed tab, dropped event stream) and tells the others
 * with a "bye". A visit already ended (taken over by another tab) stays as it is.
 * Callers have checked that the visit is the actor's.
 */
export async function closeVisit(
  visit: { visitId: string; meetingId: string; userId: string },
  { now }: { now: Date },
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const closed = await tx.roomAttendance.updateMany({
      where: { id: visit.visitId, meetingId: visit.meetingId, userId: visit.userId, leftAt: null },
      data: { leftAt: now },
    });
    if (closed.count === 0) return false;
    await insertSignal(tx, {
      meetingId: visit.meetingId,
      fromUserId: visit.userId,
      toUserId: null,
      kind: "bye",
      payload: { visitId: visit.visitId },
    });
    return true;
  });
}

/** The actor's open visit with this id in this meeting, or null. */
export async function findOpenVisit(meetingId: string, userId: string, visitId: string) {
  return db.roomAttendance.findFirst({
    where: { id: visitId, meetingId, userId, leftAt: null },
    select: { id: true },
  });
}
