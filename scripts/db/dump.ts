/**
 * Backup and restore of one database with PostgreSQL's own tools: pg_dump in its
 * custom format (compressed, restorable table by table) and pg_restore, both of
 * the server's major version (pg-tools.ts). The password travels in PGPASSWORD,
 * never on a command line that `ps` shows.
 */
import { spawn } from "node:child_process";
import { mkdirSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { databaseOf, withDatabase } from "./demo-database";
import { findPgTool, serverMajor } from "./pg-tools";

export type BackupResult = { file: string; bytes: number; seconds: number };
export type RestoreResult = { database: string; url: string; seconds: number };

/**
 * `new`: create the database (it must not exist); `into-empty`: an existing database
 * without tables; `replace`: drop and re-create it (refused while anyone is connected).
 */
export type RestoreMode = "new" | "into-empty" | "replace";

/** "20260512T101530Z": sorts by time and is safe in file and database names. */
export function utcStamp(date = new Date()): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
}

export function defaultBackupFile(url: string, date = new Date()): string {
  return path.join("backups", `fairbridge-${databaseOf(url)}-${utcStamp(date)}.dump`);
}

export function defaultRestoreDatabase(url: string, date = new Date()): string {
  return `${databaseOf(url)}_restored_${utcStamp(date).toLowerCase()}`;
}

export async function backupDatabase(url: string, file: string): Promise<BackupResult> {
  const pgDump = findPgTool("pg_dump", await serverMajor(url));
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const started = performance.now();
  await runTool(pgDump, ["--format=custom", `--file=${file}`], url);
  return { file, bytes: statSync(file).size, seconds: (performance.now() - started) / 1000 };
}

/** Restores `file` into `database` on the server of `serverUrl`. */
export async function restoreDatabase(
  file: string,
  { serverUrl, database, mode }: { serverUrl: string; database: string; mode: RestoreMode },
): Promise<RestoreResult> {
  if (!/^[A-Za-z0-9_]+$/.test(database)) throw new Error(`"${database}": use letters, digits and _ only.`);
  statSync(file); // a missing file fails here, before any database is touched
  const pgRestore = findPgTool("pg_restore", await serverMajor(serverUrl));
  const url = withDatabase(serverUrl, database);
  const started = performance.now();
  await prepareTarget(serverUrl, database, mode);
  // One transaction: a failed restore leaves the target as empty as it was.
  await runTool(pgRestore, ["--exit-on-error", "--single-transaction", "--no-owner", file], url);
  return { database, url, seconds: (performance.now() - started) / 1000 };
}

async function prepareTarget(serverUrl: string, database: string, mode: RestoreMode): Promise<void> {
  const server = new pg.Client({ connectionString: serverUrl });
  await server.connect();
  try {
    const name = server.escapeIdentifier(database);
    const exists = (await server.query("SELECT 1 FROM pg_database WHERE datname = $1", [database])).rowCount === 1;
    if (mode === "new" && exists) throw new Error(`Database ${database} exists already: name another one.`);
    if (mode === "into-empty") {
      if (!exists) throw new Error(`Database ${database} does not exist.`);
      const tables = await countTables(withDatabase(serverUrl, database));
      if (tables > 0) {
        throw new Error(`Database ${database} holds ${tables} tables: restore into it only with --replace.`);
      }
      return;
    }
    if (mode === "replace" && exists) await server.query(`DROP DATABASE ${name}`);
    // template0: nothing a local template1 may hold (extensions, tables) gets in the way.
    await server.query(`CREATE DATABASE ${name} TEMPLATE template0`);
  } finally {
    await server.end();
  }
}

async function countTables(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
       WHERE c.relkind IN ('r', 'p') AND s.nspname NOT IN ('pg_catalog', 'information_schema')
         AND s.nspname NOT LIKE 'pg_toast%'`,
    );
    return rows[0].n;
  } finally {
    await client.end();
  }
}

function runTool(executable: string, args: string[], url: string): Promise<void> {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  const child = spawn(executable, [...args, `--dbname=${parsed.toString()}`], {
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
    stdio: ["ignore", "inherit", "pipe"],
  });
  let errors = "";
  child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString("utf8")));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(executable)} failed with code ${code}:\n${errors.trim()}`)),
    );
  });
}
