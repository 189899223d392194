import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";

/**
 * Inside the caller's transaction: the meeting becomes CANCELLED (its sequence bumped,
 * so calendars and reminders of the old version are void) with its audit row, only if
 * it is still SCHEDULED. Null when someone changed it first. Used by a party's or
 * organizer's cancellation and by a session edit that moves meetings out of its grid.
 */
export async function cancelScheduledMeeting(
  tx: Prisma.TransactionClient,
  actor: Actor,
  meetingId: string,
  reason: string | null,
  now: Date,
) {
  const [cancelled] = await tx.meeting.updateManyAndReturn({
    where: { id: meetingId, status: "SCHEDULED" },
    data: { status: "CANCELLED", cancelledAt: now, cancelReason: reason, sequence: { increment: 1 } },
  });
  if (!cancelled) return null;
  await recordAudit(tx, {
    actorId: actor.id,
    action: "meeting.cancelled",
    entityType: "Meeting",
    entityId: meetingId,
    organizationId: actor.organizationId,
    reason,
  });
  return cancelled;
}
