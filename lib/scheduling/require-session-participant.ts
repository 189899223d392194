import "server-only";
import { AppError } from "@/lib/errors";
import { requireApprovedOrganization, requirePermission, type Actor } from "@/lib/auth/actor";
import type { DbClient } from "./db-client";
import { loadSessionGrid } from "./load-session-grid";

/**
 * The actor's approved supplier or buyer organization, registered (APPROVED) for a
 * published session, plus that session's grid. Anything else is refused.
 */
export async function requireSessionParticipant(client: DbClient, actor: Actor, sessionId: string) {
  requirePermission(actor, "request:meeting:own");
  const organization = requireApprovedOrganization(actor);
  const grid = await loadSessionGrid(client, sessionId);
  if (!grid.published) throw new AppError("NOT_FOUND", "sessionNotFound");
  const registration = await client.sessionRegistration.findUnique({
    where: { sessionId_organizationId: { sessionId, organizationId: organization.id } },
    select: { status: true },
  });
  if (registration?.status !== "APPROVED") throw new AppError("FORBIDDEN", "sessionNotRegistered");
  return { organization, grid };
}
