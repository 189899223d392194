import "server-only";
import PgBoss from "pg-boss";
import { requireEnv } from "@/lib/env";
import { log } from "@/lib/log";

export const MATCH_TABLE_QUEUE = "match-table";

type Role = "sender" | "worker";
type Entry = { url: string; boss: Promise<PgBoss> };

// One instance per role, process and database URL (like lib/db.ts), kept on globalThis
// because Next's dev server re-evaluates modules.
const cache = globalThis as unknown as { fairbridgeBoss?: Partial<Record<Role, Entry>> };

/**
 * The pg-boss instance that sends jobs ("sender": no maintenance timers, its pool
 * lets a script exit when idle) or works them ("worker": supervises expiry and
 * retries). Both share the queue's rows in Postgres, so any number of app instances
 * may send and work: pg-boss hands each job to exactly one worker.
 */
export function getBoss(role: Role = "sender"): Promise<PgBoss> {
  const url = requireEnv("DATABASE_URL");
  const entries = (cache.fairbridgeBoss ??= {});
  const existing = entries[role];
  if (existing?.url === url) return existing.boss;
  const boss = startBoss(url, role);
  entries[role] = { url, boss };
  // A failed start must not stick: the next call tries again.
  boss.catch(() => {
    if (entries[role]?.boss === boss) delete entries[role];
  });
  return boss;
}

async function startBoss(url: string, role: Role): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    max: role === "worker" ? 3 : 2,
    supervise: role === "worker",
    schedule: false,
    // pg.Pool option (passed through): an idle sender never keeps a script alive.
    ...({ allowExitOnIdle: role === "sender" } as object),
  });
  // Required: pg-boss re-emits its pool's and its loops' errors, and an "error" event without
  // a listener ends the process. With it, a database restart costs a few failed polls: the
  // workers and the maintenance loop keep running and pick up where they were.
  boss.on("error", (error) => log.warn(`pg-boss (${role}) error`, { err: error }));
  await boss.start();
  await boss.createQueue(MATCH_TABLE_QUEUE, {
    name: MATCH_TABLE_QUEUE,
    // At most one queued and one running job per singletonKey (the session): bursts collapse.
    policy: "stately",
    retryLimit: 2,
    retryDelay: 5,
    expireInSeconds: 15 * 60,
  });
  return boss;
}

/** Stops this process's instances (tests, scripts). */
export async function stopBoss(): Promise<void> {
  const entries = cache.fairbridgeBoss ?? {};
  cache.fairbridgeBoss = {};
  for (const entry of Object.values(entries)) {
    const boss = await entry.boss.catch(() => null);
    await boss?.stop({ graceful: true, wait: true, timeout: 30_000 });
  }
}
