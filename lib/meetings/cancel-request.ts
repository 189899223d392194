import "server-only";
import { db } from "@/lib/db";
import { dbClient } from "@/lib/scheduling/db-client";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireApprovedOrganization, requirePermission, type Actor } from "@/lib/auth/actor";
import { recipientsOf, type MeetingEvent } from "./events";
import { loadOwnRequest } from "./load-request";
import { mailAfterCommit } from "./mail-after-commit";
import { entityIdSchema } from "./schemas";

/** The sending organization withdraws its request while it is still pending. */
export async function cancelRequest(actor: Actor, rawRequestId: string, { now = new Date() }: { now?: Date } = {}) {
  requirePermission(actor, "request:meeting:own");
  const organization = requireApprovedOrganization(actor);
  const requestId = entityIdSchema.parse(rawRequestId);
  const request = await loadOwnRequest(dbClient, requestId, organization.id, "from");

  return mailAfterCommit(
    db.$transaction(async (tx) => {
      const [cancelled] = await tx.meetingRequest.updateManyAndReturn({
        where: { id: request.id, status: "PENDING" },
        data: { status: "CANCELLED", respondedAt: now },
      });
      if (!cancelled) {
        throw new AppError("INVALID_STATE", "requestNotPending", undefined, { status: request.status });
      }
      await recordAudit(tx, {
        actorId: actor.id,
        action: "meetingRequest.cancelled",
        entityType: "MeetingRequest",
        entityId: request.id,
        organizationId: organization.id,
      });
      const event: MeetingEvent = {
        kind: "cancelled",
        requestId: request.id,
        recipients: await recipientsOf(tx, [request.toOrganizationId]),
      };
      return { request: cancelled, events: [event] };
    }),
  );
}
