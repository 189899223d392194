import "server-only";
import { db } from "@/lib/db";
import { dbClient } from "@/lib/scheduling/db-client";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireApprovedOrganization, requirePermission, type Actor } from "@/lib/auth/actor";
import { recipientsOf, type MeetingEvent } from "./events";
import { loadOwnRequest, requirePending } from "./load-request";
import { mailAfterCommit } from "./mail-after-commit";
import { declineRequestSchema, entityIdSchema, type DeclineRequestInput } from "./schemas";

/** The receiving organization declines a pending request with a reason the sender sees. */
export async function declineRequest(
  actor: Actor,
  rawRequestId: string,
  raw: DeclineRequestInput,
  { now = new Date() }: { now?: Date } = {},
) {
  requirePermission(actor, "request:meeting:own");
  const organization = requireApprovedOrganization(actor);
  const requestId = entityIdSchema.parse(rawRequestId);
  const { reason } = declineRequestSchema.parse(raw);
  const request = await loadOwnRequest(dbClient, requestId, organization.id, "to");
  requirePending(request, now);

  return mailAfterCommit(
    db.$transaction(async (tx) => {
      const [declined] = await tx.meetingRequest.updateManyAndReturn({
        where: { id: request.id, status: "PENDING", expiresAt: { gt: now } },
        data: { status: "DECLINED", declineReason: reason, respondedAt: now },
      });
      if (!declined) throw new AppError("INVALID_STATE", "requestNotPending");
      await recordAudit(tx, {
        actorId: actor.id,
        action: "meetingRequest.declined",
        entityType: "MeetingRequest",
        entityId: request.id,
        organizationId: organization.id,
        reason,
      });
      const event: MeetingEvent = {
        kind: "declined",
        requestId: request.id,
        recipients: await recipientsOf(tx, [request.fromOrganizationId]),
      };
      return { request: declined, events: [event] };
    }),
  );
}
