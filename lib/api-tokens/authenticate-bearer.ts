import "server-only";
import { db } from "@/lib/db";
import { loadActor, type Actor } from "@/lib/auth/actor";
import { bearerTokenOf, hashApiToken } from "./token-secret";

/** lastUsedAt is written at most this often per token, so every request does not write. */
const LAST_USED_RESOLUTION_MS = 60_000;

export type ApiCaller = { actor: Actor; tokenId: string };

/**
 * The person behind `Authorization: Bearer <token>` and the token's id, or null
 * for a missing, unknown or revoked token or a disabled user.
 */
export async function authenticateApiCaller(request: Request, { now = new Date() } = {}): Promise<ApiCaller | null> {
  const secret = bearerTokenOf(request);
  if (!secret) return null;
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(secret) },
    select: { id: true, userId: true, revokedAt: true, lastUsedAt: true },
  });
  if (!token || token.revokedAt) return null;
  const actor = await loadActor(token.userId);
  if (!actor) return null;
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    // Conditional, so concurrent requests write once.
    await db.apiToken.updateMany({
      where: {
        id: token.id,
        OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }],
      },
      data: { lastUsedAt: now },
    });
  }
  return { actor, tokenId: token.id };
}

/** The actor of a bearer token, or null (see authenticateApiCaller). */
export async function authenticateBearer(request: Request): Promise<Actor | null> {
  return (await authenticateApiCaller(request))?.actor ?? null;
}
