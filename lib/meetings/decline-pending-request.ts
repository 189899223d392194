import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { recipientsOf, type MeetingEvent } from "./events";

type DeclinableRequest = { id: string; fromOrganizationId: string; toOrganizationId: string };

/**
 * Who declines: the request's receiver (its sender is told "declined"), or the organizers
 * because `organizationId`, one of its two sides, no longer takes part (the other side is told
 * "declinedByOrganizers").
 */
export type Decliner = { by: "receiver" } | { by: "organizers"; organizationId: string };

/**
 * The one way a request is declined, inside the caller's transaction: it becomes DECLINED with
 * `reason` and its audit row, only while still PENDING and unexpired. Null when someone answered
 * or withdrew it first, or it lapsed; otherwise the declined row and the event for the caller to
 * hand to mailAfterCommit.
 */
export async function declinePendingRequest(
  tx: Prisma.TransactionClient,
  actor: Actor,
  request: DeclinableRequest,
  decliner: Decliner,
  reason: string | null,
  now: Date,
) {
  const [declined] = await tx.meetingRequest.updateManyAndReturn({
    where: { id: request.id, status: "PENDING", expiresAt: { gt: now } },
    data: { status: "DECLINED", declineReason: reason, respondedAt: now },
  });
  if (!declined) return null;
  const concerned = decliner.by === "receiver" ? request.toOrganizationId : decliner.organizationId;
  const otherSide = concerned === request.fromOrganizationId ? request.toOrganizationId : request.fromOrganizationId;
  await recordAudit(tx, {
    actorId: actor.id,
    action: "meetingRequest.declined",
    entityType: "MeetingRequest",
    entityId: request.id,
    organizationId: concerned,
    reason,
    ...(decliner.by === "organizers" ? { data: { by: "organizers" } } : {}),
  });
  const event: MeetingEvent = {
    kind: decliner.by === "receiver" ? "declined" : "declinedByOrganizers",
    requestId: request.id,
    recipients: await recipientsOf(tx, [otherSide]),
  };
  return { request: declined, event };
}

/**
 * Inside the caller's transaction: the organizers decline the pending requests an organization
 * that has lost its place (excluded from `sessionId`, or suspended everywhere when it is null)
 * sent or received, in id order (so two such declines lock rows in the same order), with the
 * sanction's reason. Returns the events telling the other sides, for mailAfterCommit.
 */
export async function declinePendingRequestsOf(
  tx: Prisma.TransactionClient,
  actor: Actor,
  { organizationId, sessionId }: { organizationId: string; sessionId: string | null },
  reason: string | null,
  now: Date,
): Promise<MeetingEvent[]> {
  const requests = await tx.meetingRequest.findMany({
    where: {
      OR: [{ fromOrganizationId: organizationId }, { toOrganizationId: organizationId }],
      status: "PENDING",
      expiresAt: { gt: now },
      ...(sessionId ? { sessionId } : {}),
    },
    select: { id: true, fromOrganizationId: true, toOrganizationId: true },
    orderBy: { id: "asc" },
  });
  const events: MeetingEvent[] = [];
  for (const request of requests) {
    const declined = await declinePendingRequest(tx, actor, request, { by: "organizers", organizationId }, reason, now);
    if (declined) events.push(declined.event);
  }
  return events;
}
