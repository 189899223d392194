import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { apiTokenIdSchema } from "./schemas";

/**
 * Revokes one of the actor's own tokens; from then on it authenticates nothing.
 * Someone else's token does not exist for the actor. Revoking twice is harmless.
 */
export async function revokeApiToken(actor: Actor, rawId: string, { now = new Date() }: { now?: Date } = {}) {
  const id = apiTokenIdSchema.parse(rawId);
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({
      where: { id, userId: actor.id },
      select: { id: true, revokedAt: true },
    });
    if (!token) throw new AppError("NOT_FOUND", "apiTokenNotFound");
    if (token.revokedAt) return { id: token.id, revokedAt: token.revokedAt };
    const revoked = await tx.apiToken.update({
      where: { id: token.id },
      data: { revokedAt: now },
      select: { id: true, revokedAt: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "apiToken.revoked",
      entityType: "ApiToken",
      entityId: token.id,
      organizationId: actor.organizationId,
    });
    return revoked;
  });
}
