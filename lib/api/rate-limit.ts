import "server-only";
import { db } from "@/lib/db";
import { countApiRequestSql } from "./rate-limit-sql";

const WINDOW_MS = 60_000;
/** Requests per person (all their tokens together) and minute unless API_RATE_LIMIT_PER_MINUTE says otherwise. */
export const DEFAULT_API_RATE_LIMIT = 120;

export function apiRateLimitPerMinute(): number {
  const configured = Number(process.env.API_RATE_LIMIT_PER_MINUTE);
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_API_RATE_LIMIT;
}

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one request made with a token against its owner's budget for the current
 * minute (a fixed window in Postgres, so the limit holds across app instances) and
 * says whether it is within the limit. Counted per person, not per token: holding
 * many tokens buys no extra requests. One statement looks up the owner and upserts
 * the count. The first request of a window prunes the owner's old windows.
 */
export async function hitApiRateLimit(
  tokenId: string,
  { now = new Date(), limit = apiRateLimitPerMinute() }: { now?: Date; limit?: number } = {},
): Promise<RateLimitVerdict> {
  const windowStart = new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);
  const [row] = await db.$queryRaw<{ userId: string; count: number }[]>(countApiRequestSql(tokenId, windowStart));
  // The token was deleted between authentication and here: nothing to count it against.
  if (!row) return { allowed: false, retryAfterSeconds: 1 };
  const count = Number(row.count);
  if (count === 1) {
    await db.apiRateLimit.deleteMany({
      where: { userId: row.userId, windowStart: { lt: new Date(windowStart.getTime() - 5 * WINDOW_MS) } },
    });
  }
  if (count <= limit) return { allowed: true };
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_MS - now.getTime()) / 1000));
  return { allowed: false, retryAfterSeconds };
}
