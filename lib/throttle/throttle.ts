import "server-only";
import { db } from "@/lib/db";
import { delayAfter, throttlePolicies, type ThrottleScope } from "./policies";
import {
  deleteThrottleSql,
  ensureThrottleRowsSql,
  lockThrottleRowsSql,
  setThrottleCountsSql,
  uncountThrottleSql,
} from "./throttle-sql";

export type ThrottleKey = { scope: ThrottleScope; key: string };
export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

type Row = { scope: ThrottleScope; key: string; attempts: number; windowStartedAt: Date; nextAttemptAt: Date };

// One global lock order (scope, key) for every transaction, so two of them never deadlock.
const inLockOrder = (keys: ThrottleKey[]) =>
  [...keys].sort((a, b) => (a.scope === b.scope ? (a.key < b.key ? -1 : 1) : a.scope < b.scope ? -1 : 1));

const addSeconds = (date: Date, seconds: number) => new Date(date.getTime() + seconds * 1000);

/**
 * Takes one attempt under all `keys` at once, or none: inside one transaction the keys'
 * rows are locked (FOR UPDATE), and unless one of them must still wait, each is counted
 * and its next allowed instant set before the caller does the slow work (a password
 * check). So N parallel attempts are decided one after another on the same rows and at
 * most the free ones pass; nothing is written for a refused attempt.
 */
export async function takeAttempt(
  keys: ThrottleKey[],
  { now = new Date() }: { now?: Date } = {},
): Promise<ThrottleVerdict> {
  const ordered = inLockOrder(keys);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw(ensureThrottleRowsSql(ordered, now));
    const rows = await tx.$queryRaw<Row[]>(lockThrottleRowsSql(ordered));
    const waitUntil = Math.max(...rows.map((row) => row.nextAttemptAt.getTime()));
    if (waitUntil > now.getTime()) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((waitUntil - now.getTime()) / 1000)) };
    }
    const counts = rows.map((row) => {
      const policy = throttlePolicies[row.scope];
      const lapsed = row.windowStartedAt.getTime() + policy.windowSeconds * 1000 <= now.getTime();
      const attempts = (lapsed ? 0 : row.attempts) + 1;
      const windowStartedAt = lapsed ? now : row.windowStartedAt;
      const nextAttemptAt = addSeconds(now, delayAfter(policy, attempts));
      return { scope: row.scope, key: row.key, attempts, windowStartedAt, nextAttemptAt };
    });
    await tx.$executeRaw(setThrottleCountsSql(counts));
    return { allowed: true };
  });
}

/**
 * Gives back an attempt that turned out legitimate (a successful sign-in): `reset` keys
 * start afresh, the others count one attempt less and their wait shrinks to match.
 */
export async function forgiveAttempt(
  { reset, uncount }: { reset: ThrottleKey[]; uncount: ThrottleKey[] },
  { now = new Date() }: { now?: Date } = {},
): Promise<void> {
  const ordered = inLockOrder([...reset, ...uncount]);
  await db.$transaction(async (tx) => {
    for (const key of ordered) {
      if (reset.includes(key)) {
        await tx.$executeRaw(deleteThrottleSql(key));
        continue;
      }
      await tx.$executeRaw(uncountThrottleSql(key, throttlePolicies[key.scope], now));
    }
  });
}

/** Deletes rows whose window and wait are long over (run by the periodic sweep). */
export async function pruneThrottles({ now = new Date() }: { now?: Date } = {}): Promise<number> {
  const longestWindow = Math.max(...Object.values(throttlePolicies).map((policy) => policy.windowSeconds));
  const before = addSeconds(now, -longestWindow);
  return db.authThrottle
    .deleteMany({
      where: { windowStartedAt: { lt: before }, nextAttemptAt: { lt: now } },
    })
    .then((result) => result.count);
}
