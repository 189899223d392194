/**
 * The embedded demo database that `npm run demo` / `npm run dev` serve (scripts/app.ts):
 * cluster folder "pgdata", database "fairbridge", port EMBEDDED_POSTGRES_PORT or 54320.
 * Operations scripts (backup, restore) target DATABASE_URL when set, else this one.
 */
import { startLocalPostgres } from "./local-postgres";

export const DEMO_CLUSTER = "pgdata";
export const DEMO_DATABASE = "fairbridge";

export function demoPort(): number {
  return Number(process.env.EMBEDDED_POSTGRES_PORT || "54320");
}

export type TargetDatabase = {
  /** The database itself. */
  url: string;
  /** The same server's maintenance database (to create and drop databases). */
  serverUrl: string;
  close(): Promise<void>;
};

/**
 * DATABASE_URL, or the embedded demo database: a running demo server is used as it
 * is (and left running); otherwise the cluster is started and `close` stops it again.
 */
export async function openTargetDatabase(): Promise<TargetDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    return { url: configured, serverUrl: withDatabase(configured, "postgres"), close: async () => undefined };
  }
  const local = await startLocalPostgres({ name: DEMO_CLUSTER, port: demoPort() });
  return { url: local.urlFor(DEMO_DATABASE), serverUrl: local.serverUrl, close: local.stop };
}

/** The same server and credentials, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** The database a URL names ("fairbridge" for postgresql://…/fairbridge?sslmode=…). */
export function databaseOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}
