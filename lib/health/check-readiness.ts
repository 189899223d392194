import pg from "pg";
import { findPendingMigrations } from "./find-pending-migrations";

/** "skipped": not checked because a check it depends on failed. */
export type CheckResult = "ok" | "failed" | "skipped";

export interface Readiness {
  ready: boolean;
  checks: { database: CheckResult; migrations: CheckResult };
  /** What failed, for the log only: error messages and migration names stay off the public answer. */
  problems: string[];
}

export interface ReadinessOptions {
  databaseUrl: string | undefined;
  migrationsDir: string;
  /** Bounds connecting and each query, so a hung database answers "not ready" instead of hanging the probe. */
  timeoutMs?: number;
}

/**
 * Whether this instance can serve: the database takes a new connection and answers, and
 * every migration this build ships is applied. A new connection per probe (rather than
 * the app's pool) proves what the pool will need next, under the probe's own timeout.
 * Never throws: every failure becomes a failed check.
 */
export async function checkReadiness({
  databaseUrl,
  migrationsDir,
  timeoutMs = 2_000,
}: ReadinessOptions): Promise<Readiness> {
  if (!databaseUrl) {
    return notReady({ database: "failed", migrations: "skipped" }, "DATABASE_URL is not set");
  }
  const client = new pg.Client({
    connectionString: databaseUrl,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
    application_name: "fairbridge-readiness",
  });
  // A connection dropped later must not crash the process through an unhandled "error" event.
  client.on("error", () => undefined);
  try {
    try {
      await client.connect();
      await client.query("SELECT 1");
    } catch (error) {
      return notReady({ database: "failed", migrations: "skipped" }, `database: ${messageOf(error)}`);
    }
    try {
      const pending = await findPendingMigrations(client, migrationsDir);
      if (pending.length > 0) {
        return notReady({ database: "ok", migrations: "failed" }, `migrations pending: ${pending.join(", ")}`);
      }
    } catch (error) {
      return notReady({ database: "ok", migrations: "failed" }, `migrations: ${messageOf(error)}`);
    }
    return { ready: true, checks: { database: "ok", migrations: "ok" }, problems: [] };
  } finally {
    await client.end().catch(() => undefined);
  }
}

function notReady(checks: Readiness["checks"], problem: string): Readiness {
  return { ready: false, checks, problems: [problem] };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
