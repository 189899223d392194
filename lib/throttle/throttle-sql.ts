import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ThrottlePolicy } from "./policies";

type Key = { scope: string; key: string };

/** Inserts an uncounted "AuthThrottle" row (window and wait starting at `now`) for each key that has none; no rows back. */
export function ensureThrottleRowsSql(keys: Key[], now: Date): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "AuthThrottle" ("scope", "key", "attempts", "windowStartedAt", "nextAttemptAt")
    VALUES ${Prisma.join(keys.map((k) => Prisma.sql`(${k.scope}, ${k.key}, 0, ${now}, ${now})`))}
    ON CONFLICT DO NOTHING`;
}

/**
 * The keys' "AuthThrottle" rows, locked (FOR UPDATE) in (scope, key) order: scope,
 * key, attempts, "windowStartedAt", "nextAttemptAt".
 */
export function lockThrottleRowsSql(keys: Key[]): Prisma.Sql {
  return Prisma.sql`
    SELECT "scope", "key", "attempts", "windowStartedAt", "nextAttemptAt" FROM "AuthThrottle"
    WHERE ("scope", "key") IN (${Prisma.join(keys.map((k) => Prisma.sql`(${k.scope}, ${k.key})`))})
    ORDER BY "scope", "key" FOR UPDATE`;
}

/** Writes each key's new count, window start and next allowed instant in one statement; no rows back. */
export function setThrottleCountsSql(
  counts: (Key & { attempts: number; windowStartedAt: Date; nextAttemptAt: Date })[],
): Prisma.Sql {
  const values = counts.map(
    (c) =>
      Prisma.sql`(${c.scope}, ${c.key}, ${c.attempts}::int, ${c.windowStartedAt}::timestamptz, ${c.nextAttemptAt}::timestamptz)`,
  );
  return Prisma.sql`
    UPDATE "AuthThrottle" AS t
    SET "attempts" = v.attempts, "windowStartedAt" = v.window_started_at, "nextAttemptAt" = v.next_attempt_at
    FROM (VALUES ${Prisma.join(values)}) AS v(scope, key, attempts, window_started_at, next_attempt_at)
    WHERE t."scope" = v.scope AND t."key" = v.key`;
}

/** Deletes the key's "AuthThrottle" row; no rows back. */
export function deleteThrottleSql(key: Key): Prisma.Sql {
  return Prisma.sql`DELETE FROM "AuthThrottle" WHERE "scope" = ${key.scope} AND "key" = ${key.key}`;
}

/**
 * Counts one attempt less on the key's row and shortens its wait to what the
 * policy asks after that many attempts (never lengthening it); no rows back.
 */
export function uncountThrottleSql(key: Key, policy: ThrottlePolicy, now: Date): Prisma.Sql {
  return Prisma.sql`
    UPDATE "AuthThrottle"
    SET "attempts" = GREATEST("attempts" - 1, 0),
        "nextAttemptAt" = LEAST("nextAttemptAt",
          ${now}::timestamptz + make_interval(secs => CASE
            WHEN "attempts" - 1 < ${policy.free} THEN 0
            ELSE LEAST(${policy.baseDelaySeconds} * power(2, "attempts" - 1 - ${policy.free}), ${policy.maxDelaySeconds})
          END))
    WHERE "scope" = ${key.scope} AND "key" = ${key.key}`;
}
