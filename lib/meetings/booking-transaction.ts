import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { isRetryableTransactionError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { bookingLockSql } from "./booking-sql";

const attempts = 4;

/** A signed 64-bit advisory-lock key for a name (collisions only serialize more). */
function lockKey(name: string): bigint {
  return createHash("sha256").update(name).digest().readBigInt64BE(0);
}

/** The advisory lock an organization's bookings serialize on. */
export function organizationLockKey(organizationId: string): bigint {
  return lockKey(`fairbridge:organization:${organizationId}`);
}

/** Meetings with interpreters share one pool: booking one locks this key last. */
const interpreterPoolKey = lockKey("fairbridge:interpreter-pool");

/**
 * Runs `work` in a transaction that first takes transaction-scoped advisory locks
 * on every organization involved, in ascending key order, then (when an
 * interpreter is involved) the interpreter pool. Two bookings that could collide
 * share a party, hence a lock, so they run one after the other: the second sees
 * the first's meeting in its check and never waits on the EXCLUDE constraint
 * inside the insert, where concurrent inserts can deadlock. The constraints stay
 * the final word; a deadlock or serialization failure that slips through anyway
 * is retried a few times.
 */
export async function runBookingTransaction<T>(
  organizationIds: string[],
  { interpreter }: { interpreter: boolean },
  work: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  const keys = [...new Set(organizationIds.map(organizationLockKey))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (interpreter) keys.push(interpreterPoolKey);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(
        async (tx) => {
          for (const key of keys) await tx.$executeRaw(bookingLockSql(key));
          return work(tx);
        },
        { maxWait: 20_000, timeout: 30_000 },
      );
    } catch (error) {
      if (attempt >= attempts || !isRetryableTransactionError(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 50));
    }
  }
}
