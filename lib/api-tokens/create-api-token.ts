import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { createApiTokenSchema, type CreateApiTokenInput } from "./schemas";
import { apiTokenDisplayPrefix, hashApiToken, newApiTokenSecret } from "./token-secret";

/** Active (not revoked) tokens one person may hold at once. */
export const MAX_ACTIVE_API_TOKENS = 20;

/**
 * Whether the actor may hold API tokens: organizers and interpreters, and suppliers
 * and buyers once their organization is approved (a pending, rejected or suspended
 * one could otherwise script the platform before anyone vetted it).
 */
export function mayCreateApiTokens(actor: Actor): boolean {
  return !actor.organization || actor.organization.kind === "ORGANIZER" || actor.organization.status === "APPROVED";
}

/**
 * A personal API token for the actor's own use (`Authorization: Bearer <token>`).
 * The token is returned once; only its SHA-256 is stored, so it cannot be shown again.
 */
export async function createApiToken(actor: Actor, raw: CreateApiTokenInput) {
  const { name } = createApiTokenSchema.parse(raw);
  if (!mayCreateApiTokens(actor)) throw new AppError("FORBIDDEN", "apiTokenOrganizationNotApproved");
  const token = newApiTokenSecret();
  return db.$transaction(async (tx) => {
    const active = await tx.apiToken.count({ where: { userId: actor.id, revokedAt: null } });
    if (active >= MAX_ACTIVE_API_TOKENS) {
      throw new AppError("VALIDATION", "apiTokenTooMany", { name: "apiTokenTooMany" }, { max: MAX_ACTIVE_API_TOKENS });
    }
    const created = await tx.apiToken.create({
      data: { userId: actor.id, name, tokenHash: hashApiToken(token), prefix: apiTokenDisplayPrefix(token) },
      select: { id: true, name: true, prefix: true, createdAt: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "apiToken.created",
      entityType: "ApiToken",
      entityId: created.id,
      organizationId: actor.organizationId,
      data: { name },
    });
    return { ...created, token };
  });
}
