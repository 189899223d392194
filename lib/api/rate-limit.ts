import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

const WINDOW_MS = 60_000;
/** Requests per token and minute unless API_RATE_LIMIT_PER_MINUTE says otherwise. */
export const DEFAULT_API_RATE_LIMIT = 120;

export function apiRateLimitPerMinute(): number {
  const configured = Number(process.env.API_RATE_LIMIT_PER_MINUTE);
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_API_RATE_LIMIT;
}

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one request of a token in the current minute (a fixed window in
 * Postgres, one upsert, so the limit holds across app instances) and says whether
 * it is within the limit. The first request of a window prunes the token's old windows.
 */
export async function hitApiRateLimit(
  tokenId: string,
  { now = new Date(), limit = apiRateLimitPerMinute() }: { now?: Date; limit?: number } = {},
): Promise<RateLimitVerdict> {
  const windowStart = new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);
  const [row] = await db.$queryRaw<{ count: number }[]>(Prisma.sql`
    INSERT INTO "ApiRateLimit" ("tokenId", "windowStart", "count")
    VALUES (${tokenId}, ${windowStart}, 1)
    ON CONFLICT ("tokenId", "windowStart") DO UPDATE SET "count" = "ApiRateLimit"."count" + 1
    RETURNING "count"`);
  const count = Number(row.count);
  if (count === 1) {
    await db.apiRateLimit.deleteMany({
      where: { tokenId, windowStart: { lt: new Date(windowStart.getTime() - 5 * WINDOW_MS) } },
    });
  }
  if (count <= limit) return { allowed: true };
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_MS - now.getTime()) / 1000));
  return { allowed: false, retryAfterSeconds };
}
