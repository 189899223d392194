import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { cancelUpcomingMeetingsOf } from "./cancel-scheduled-meeting";
import { declinePendingRequestsOf } from "./decline-pending-request";

/**
 * Inside the caller's transaction, after an organization lost its place (excluded from
 * `sessionId`, or suspended everywhere when it is null): its meetings there that have not begun
 * are cancelled and its pending requests there declined, with the sanction's reason. Returns the
 * counts and the events (both sides of each meeting, the other side of each request) for the
 * caller to hand to mailAfterCommit.
 */
export async function releaseLostPlace(
  tx: Prisma.TransactionClient,
  actor: Actor,
  place: { organizationId: string; sessionId: string | null },
  reason: string | null,
  now: Date,
) {
  const cancelled = await cancelUpcomingMeetingsOf(tx, actor, place, reason, now);
  const declined = await declinePendingRequestsOf(tx, actor, place, reason, now);
  return {
    cancelledMeetings: cancelled.length,
    declinedRequests: declined.length,
    events: [...cancelled, ...declined],
  };
}
