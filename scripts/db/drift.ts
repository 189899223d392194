// Compares what prisma/migrations builds with what prisma/schema.prisma declares, by
// applying the migrations to a throwaway database and diffing it against the schema.
import { randomBytes } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import pg from "pg";
import { applyMigrations } from "./migrate";
import { diffDatabaseToSchema } from "./schema-engine";

export interface DriftOptions {
  migrationsDir?: string;
  schemaPath?: string;
}

/**
 * Runs `run` against a new, empty database on the server of `serverUrl` (any database
 * URL on that server whose user may CREATE DATABASE), and drops it afterwards.
 */
export async function withScratchDatabase<T>(serverUrl: string, run: (databaseUrl: string) => Promise<T>): Promise<T> {
  const name = `fairbridge_scratch_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
    try {
      const databaseUrl = new URL(serverUrl);
      databaseUrl.pathname = `/${name}`;
      return await run(databaseUrl.href);
    } finally {
      // FORCE: a connection leaked by a failed step must not keep the database alive.
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}

const CREATE_INDEX =
  /^\s*CREATE\s+(?:UNIQUE\s+)?INDEX\s+(?:CONCURRENTLY\s+)?(?:IF\s+NOT\s+EXISTS\s+)?(?:"[^"]+"\.)?("[^"]+"|\w+)/i;
const DROP_INDEX_BLOCK = /^-- DropIndex\nDROP INDEX (?:"[^"]+"\.)?"([^"]+)";$/;

function unquote(identifier: string): string {
  return identifier.startsWith('"') ? identifier.slice(1, -1) : identifier.toLowerCase();
}

/**
 * Names of the indexes that migrations create with hand-written SQL: Prisma heads
 * every CREATE INDEX it generates with a "-- CreateIndex" line.
 */
async function handWrittenIndexes(migrationsDir: string): Promise<Set<string>> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const names = new Set<string>();
  for (const entry of entries.filter((candidate) => candidate.isDirectory())) {
    const lines = (await readFile(join(migrationsDir, entry.name, "migration.sql"), "utf8")).split(/\r?\n/);
    lines.forEach((line, index) => {
      const identifier = CREATE_INDEX.exec(line)?.[1];
      if (identifier !== undefined && lines[index - 1]?.trim() !== "-- CreateIndex") names.add(unquote(identifier));
    });
  }
  return names;
}

const isCommentOnly = (block: string) => block.split("\n").every((line) => line.trimStart().startsWith("--"));

/**
 * The engine's script split into its "-- Step" blocks, keeping only real changes. An
 * empty diff comes back as "-- This is an empty migration.". The engine leaves alone
 * what Prisma's schema language cannot describe (CHECK and EXCLUDE constraints, partial
 * and expression indexes, extensions), but it proposes to drop any other index the
 * schema lacks, such as a hand-written GIN trigram index. Those drops are removed, and
 * only for indexes the migrations created by hand: an index Prisma generated and the
 * schema no longer declares is real drift.
 */
function realChanges(script: string, handWritten: Set<string>): string {
  const blocks = script.split(/\n\n(?=-- \w+\n)/).map((block) => block.trim());
  const kept = blocks.filter((block) => {
    const dropped = DROP_INDEX_BLOCK.exec(block)?.[1];
    return block !== "" && !isCommentOnly(block) && (dropped === undefined || !handWritten.has(dropped));
  });
  return kept.length === 0 ? "" : `${kept.join("\n\n")}\n`;
}

/**
 * The SQL that takes a database migrated from `migrationsDir` to the schema at
 * `schemaPath` ("" when they agree), formatted as Prisma formats migrations. Works in
 * a scratch database with a random name on the server of `serverUrl`.
 */
export async function findSchemaDrift(
  serverUrl: string,
  { migrationsDir = "prisma/migrations", schemaPath = "prisma/schema.prisma" }: DriftOptions = {},
): Promise<string> {
  const script = await withScratchDatabase(serverUrl, async (databaseUrl) => {
    await applyMigrations(databaseUrl, migrationsDir);
    return diffDatabaseToSchema(databaseUrl, schemaPath);
  });
  return realChanges(script, await handWrittenIndexes(migrationsDir));
}
