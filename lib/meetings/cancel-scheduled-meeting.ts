import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { recipientsOf, type MeetingEvent } from "./events";

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

type CancellableMeeting = { id: string; supplierOrgId: string; buyerOrgId: string; interpreterId: string | null };

/**
 * Inside the caller's transaction: cancels each meeting still SCHEDULED (in id order, so two
 * such cancellations lock rows in the same order) and returns the "cancelled" events telling
 * both sides and the interpreter, for the caller to hand to mailAfterCommit.
 */
export async function cancelScheduledMeetings(
  tx: Prisma.TransactionClient,
  actor: Actor,
  meetings: CancellableMeeting[],
  reason: string | null,
  now: Date,
): Promise<MeetingEvent[]> {
  const events: MeetingEvent[] = [];
  for (const meeting of [...meetings].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const cancelled = await cancelScheduledMeeting(tx, actor, meeting.id, reason, now);
    if (!cancelled) continue;
    events.push({
      kind: "cancelled",
      requestId: cancelled.requestId,
      meetingId: meeting.id,
      recipients: await recipientsOf(tx, [meeting.supplierOrgId, meeting.buyerOrgId], [meeting.interpreterId]),
    });
  }
  return events;
}

/**
 * Inside the caller's transaction: cancels the meetings of an organization that has lost its
 * place (excluded from `sessionId`, or suspended everywhere when it is null) that have not
 * begun yet; those under way or past stay as they were, for the record.
 */
export async function cancelUpcomingMeetingsOf(
  tx: Prisma.TransactionClient,
  actor: Actor,
  { organizationId, sessionId }: { organizationId: string; sessionId: string | null },
  reason: string | null,
  now: Date,
): Promise<MeetingEvent[]> {
  const meetings = await tx.meeting.findMany({
    where: {
      OR: [{ supplierOrgId: organizationId }, { buyerOrgId: organizationId }],
      status: "SCHEDULED",
      startsAt: { gt: now },
      ...(sessionId ? { sessionId } : {}),
    },
    select: { id: true, supplierOrgId: true, buyerOrgId: true, interpreterId: true },
    orderBy: { id: "asc" },
  });
  return cancelScheduledMeetings(tx, actor, meetings, reason, now);
}
