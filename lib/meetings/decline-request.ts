import "server-only";
import { db } from "@/lib/db";
import { dbClient } from "@/lib/scheduling/db-client";
import { AppError } from "@/lib/errors";
import { requireApprovedOrganization, requirePermission, type Actor } from "@/lib/auth/actor";
import { declinePendingRequest } from "./decline-pending-request";
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
      const declined = await declinePendingRequest(tx, actor, request, { by: "receiver" }, reason, now);
      if (!declined) throw new AppError("INVALID_STATE", "requestNotPending");
      return { request: declined.request, events: [declined.event] };
    }),
  );
}
