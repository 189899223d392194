// Applies pending migrations the way `prisma migrate deploy` does, without Prisma's
// native schema engine (which cannot be downloaded offline). The folder layout and the
// `_prisma_migrations` bookkeeping are Prisma's own, so a real `prisma migrate deploy`
// sees these migrations as applied.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { fillMissingSearchDocuments } from "../../lib/search/product-documents";

// Prisma's advisory lock key for Migrate, and how long it waits for it.
const PRISMA_MIGRATE_LOCK = 72707369;
const LOCK_TIMEOUT = "10s";

// Prisma's exact DDL for its bookkeeping table on PostgreSQL.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);`;

interface MigrationFile {
  name: string;
  script: string;
}

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  started_at: Date;
  logs: string | null;
}

function checksum(script: string): string {
  return createHash("sha256").update(script).digest("hex");
}

// Prisma accepts a script whose line endings git converted since it was applied.
function matchesChecksum(script: string, expected: string): boolean {
  const lf = script.replaceAll("\r\n", "\n");
  return [script, lf, lf.replaceAll("\n", "\r\n")].some((variant) => checksum(variant) === expected);
}

async function readLockfileProvider(migrationsDir: string): Promise<string | undefined> {
  const lockfile = await readFile(join(migrationsDir, "migration_lock.toml"), "utf8").catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return undefined;
      throw error;
    },
  );
  return lockfile?.match(/^\s*provider\s*=\s*"([^"]*)"/m)?.[1];
}

/** The migration folders, in the order Prisma applies them (by name). */
export async function readMigrations(migrationsDir: string): Promise<MigrationFile[]> {
  const provider = await readLockfileProvider(migrationsDir);
  if (provider !== undefined && provider !== "postgresql") {
    throw new Error(`${migrationsDir}/migration_lock.toml is for provider "${provider}", not "postgresql"`);
  }
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => ({ name, script: await readFile(join(migrationsDir, name, "migration.sql"), "utf8") })),
  );
}

function refuseBrokenHistory(rows: MigrationRow[], migrations: MigrationFile[]): void {
  const failed = rows.filter((row) => row.finished_at === null && row.rolled_back_at === null);
  if (failed.length > 0) {
    const details = failed
      .map(
        (row) =>
          `- ${row.migration_name} (started ${row.started_at.toISOString()})${row.logs ? `: ${row.logs.trim()}` : ""}`,
      )
      .join("\n");
    throw new Error(
      `Found failed migrations in the target database; new migrations will not be applied ` +
        `until they are resolved (mark them rolled back or applied in _prisma_migrations):\n${details}`,
    );
  }
  const edited = rows.filter((row) => {
    const file = migrations.find((migration) => migration.name === row.migration_name);
    return row.rolled_back_at === null && file !== undefined && !matchesChecksum(file.script, row.checksum);
  });
  if (edited.length > 0) {
    throw new Error(
      `These applied migrations were modified after they were applied (checksum mismatch): ` +
        `${edited.map((row) => row.migration_name).join(", ")}. Restore them and add a new migration instead.`,
    );
  }
}

async function applyOne(client: pg.Client, migration: MigrationFile): Promise<void> {
  // Unlike Prisma, the bookkeeping row shares the script's transaction: a failing
  // script then leaves neither schema changes nor a failed row that would need resolving.
  // (So a script cannot manage transactions itself, e.g. CREATE INDEX CONCURRENTLY.)
  await client.query("BEGIN");
  try {
    const id = randomUUID();
    await client.query("INSERT INTO _prisma_migrations (id, checksum, migration_name) VALUES ($1, $2, $3)", [
      id,
      checksum(migration.script),
      migration.name,
    ]);
    await client.query(migration.script);
    await client.query(
      "UPDATE _prisma_migrations SET finished_at = clock_timestamp(), applied_steps_count = applied_steps_count + 1 WHERE id = $1",
      [id],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw new Error(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

// Held for the whole session, like Prisma's, so concurrent deploys (ours or Prisma's)
// run one after the other.
async function lockMigrations(client: pg.Client): Promise<void> {
  await client.query(`SET lock_timeout = '${LOCK_TIMEOUT}'`);
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK]);
  } catch (error) {
    throw new Error(`Another migration run held the migrate lock for over ${LOCK_TIMEOUT}`, { cause: error });
  }
  await client.query("RESET lock_timeout");
}

/** Applies the pending migrations in `migrationsDir` to the database; returns their names. */
export async function applyMigrations(databaseUrl: string, migrationsDir = "prisma/migrations"): Promise<string[]> {
  const migrations = await readMigrations(migrationsDir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await lockMigrations(client);

    const { rows: tables } = await client.query("SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present");
    if (!tables[0].present) await client.query(CREATE_MIGRATIONS_TABLE);

    const { rows } = await client.query<MigrationRow>(
      "SELECT migration_name, checksum, finished_at, rolled_back_at, started_at, logs FROM _prisma_migrations ORDER BY started_at",
    );
    refuseBrokenHistory(rows, migrations);

    const applied = new Set(rows.filter((row) => row.rolled_back_at === null).map((row) => row.migration_name));
    const pending = migrations.filter((migration) => !applied.has(migration.name));
    for (const migration of pending) await applyOne(client, migration);
    // After the schema: products without a search document (rows older than the column,
    // or written by SQL that does not build one) get it now (lib/search). Not for another
    // migrations folder without that column (the migration tests' own).
    const { rows: documents } = await client.query(
      `SELECT 1 FROM information_schema.columns WHERE table_name = 'Product' AND column_name = 'searchDocument'
         AND table_schema = current_schema()`,
    );
    if (documents.length > 0) await fillMissingSearchDocuments(client);
    return pending.map((migration) => migration.name);
  } finally {
    // Closing the session also releases the advisory lock.
    await client.end();
  }
}

async function main(): Promise<void> {
  await import("dotenv/config"); // the same .env that prisma.config.ts reads
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set");
  const applied = await applyMigrations(databaseUrl);
  console.log(
    applied.length === 0
      ? "No pending migrations."
      : `Applied ${applied.length} migration(s):\n${applied.map((name) => `  ${name}`).join("\n")}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
