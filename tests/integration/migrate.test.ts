import { createHash } from "node:crypto";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { describe, it, expect } from "vitest";
import { withScratchDatabase } from "../../scripts/db/drift";
import { applyMigrations } from "../../scripts/db/migrate";

const serverUrl = process.env.FAIRBRIDGE_TEST_SERVER_URL ?? "";

const CREATE_A = `CREATE TABLE "A" ("id" INTEGER PRIMARY KEY);\n`;
const CREATE_B = `CREATE TABLE "B" ("id" INTEGER PRIMARY KEY, "aId" INTEGER NOT NULL REFERENCES "A"("id"));\n`;

/** A migrations folder in Prisma's layout holding the given migration scripts. */
async function migrationsFolder(migrations: Record<string, string>, provider = "postgresql"): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "fairbridge-migrations-"));
  await writeFile(join(dir, "migration_lock.toml"), `provider = "${provider}"\n`);
  for (const [name, script] of Object.entries(migrations)) await addMigration(dir, name, script);
  return dir;
}

async function addMigration(dir: string, name: string, script: string): Promise<void> {
  await mkdir(join(dir, name), { recursive: true });
  await writeFile(join(dir, name, "migration.sql"), script);
}

async function query<T extends pg.QueryResultRow>(databaseUrl: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe.skipIf(!serverUrl)("applyMigrations", () => {
  it("applies pending migrations once, in name order, and records them as Prisma does", async () => {
    const dir = await migrationsFolder({ "20250102000000_b": CREATE_B, "20250101000000_a": CREATE_A });
    await withScratchDatabase(serverUrl, async (databaseUrl) => {
      expect(await applyMigrations(databaseUrl, dir)).toEqual(["20250101000000_a", "20250102000000_b"]);
      expect(await applyMigrations(databaseUrl, dir)).toEqual([]);

      const rows = await query(
        databaseUrl,
        `SELECT id, checksum, migration_name, logs, rolled_back_at, applied_steps_count,
                finished_at IS NOT NULL AND finished_at >= started_at AS finished
         FROM _prisma_migrations ORDER BY migration_name`,
      );
      expect(rows).toEqual([
        expect.objectContaining({ migration_name: "20250101000000_a", checksum: sha256(CREATE_A) }),
        expect.objectContaining({ migration_name: "20250102000000_b", checksum: sha256(CREATE_B) }),
      ]);
      for (const row of rows) {
        expect(row).toMatchObject({ logs: null, rolled_back_at: null, applied_steps_count: 1, finished: true });
        expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      }
    });
  });

  it("creates _prisma_migrations exactly as Prisma's schema engine does", async () => {
    await withScratchDatabase(serverUrl, async (databaseUrl) => {
      await applyMigrations(databaseUrl, await migrationsFolder({}));
      const columns = await query(
        databaseUrl,
        `SELECT column_name, data_type, character_maximum_length AS length, is_nullable, column_default
         FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
      );
      const column = (
        column_name: string,
        data_type: string,
        length: number | null,
        nullable: boolean,
        def: string | null = null,
      ) => ({
        column_name,
        data_type,
        length,
        is_nullable: nullable ? "YES" : "NO",
        column_default: def,
      });
      expect(columns).toEqual([
        column("id", "character varying", 36, false),
        column("checksum", "character varying", 64, false),
        column("finished_at", "timestamp with time zone", null, true),
        column("migration_name", "character varying", 255, false),
        column("logs", "text", null, true),
        column("rolled_back_at", "timestamp with time zone", null, true),
        column("started_at", "timestamp with time zone", null, false, "now()"),
        column("applied_steps_count", "integer", null, false, "0"),
      ]);
      const [primaryKey] = await query(
        databaseUrl,
        `SELECT string_agg(a.attname, ',') AS columns FROM pg_index i
         JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
         WHERE i.indrelid = '_prisma_migrations'::regclass AND i.indisprimary`,
      );
      expect(primaryKey.columns).toBe("id");
    });
  });

  it("applies only the migrations added since the last run", async () => {
    const dir = await migrationsFolder({ "20250101000000_a": CREATE_A });
    await withScratchDatabase(serverUrl, async (databaseUrl) => {
      await applyMigrations(databaseUrl, dir);
      await addMigration(dir, "20250102000000_b", CREATE_B);
      expect(await applyMigrations(databaseUrl, dir)).toEqual(["20250102000000_b"]);
    });
  });

  it("refuses to run when an applied migration was edited, but not over line endings", async () => {
    const dir = await migrationsFolder({ "20250101000000_a": CREATE_A });
    await withScratchDatabase(serverUrl, async (databaseUrl) => {
      await applyMigrations(databaseUrl, dir);
      // git may check the file out with CRLF line endings; Prisma accepts that too.
      await writeFile(join(dir, "20250101000000_a", "migration.sql"), CREATE_A.replaceAll("\n", "\r\n"));
      expect(await applyMigrations(databaseUrl, dir)).toEqual([]);

      await writeFile(join(dir, "20250101000000_a", "migration.sql"), CREATE_A.replace("INTEGER", "BIGINT"));
      await addMigration(dir, "20250102000000_b", CREATE_B);
      await expect(applyMigrations(databaseUrl, dir)).rejects.toThrow(/modified.*20250101000000_a/);
      expect(await query(databaseUrl, "SELECT to_regclass('\"B\"') AS b")).toEqual([{ b: null }]);
    });
  });

  it("refuses to run while a failed migration is recorded", async () => {
    const dir = await migrationsFolder({ "20250101000000_a": CREATE_A });
    await withScratchDatabase(serverUrl, async (databaseUrl) => {
      await applyMigrations(databaseUrl, await migrationsFolder({}));
      // What `prisma migrate deploy` leaves behind when a migration fails.
      await query(
        databaseUrl,
        `INSERT INTO _prisma_migrations (id, checksum, migration_name, logs)
         VALUES ('00000000-0000-4000-8000-000000000000', '${sha256("x")}', '20241231000000_broken', 'syntax error')`,
      );
      await expect(applyMigrations(databaseUrl, dir)).rejects.toThrow(/failed migrations.*\n- 20241231000000_broken/);
    });
  });

  it("rolls a failing migration back completely, leaving nothing to resolve", async () => {
    const failing = `CREATE TABLE "C" ("id" INTEGER);\nSELECT 1 / 0;\n`;
    const dir = await migrationsFolder({ "20250101000000_a": CREATE_A, "20250102000000_c": failing });
    await withScratchDatabase(serverUrl, async (databaseUrl) => {
      await expect(applyMigrations(databaseUrl, dir)).rejects.toThrow(/20250102000000_c failed.*division by zero/);
      expect(await query(databaseUrl, "SELECT migration_name FROM _prisma_migrations")).toEqual([
        { migration_name: "20250101000000_a" },
      ]);
      expect(await query(databaseUrl, "SELECT to_regclass('\"C\"') AS c")).toEqual([{ c: null }]);

      await writeFile(join(dir, "20250102000000_c", "migration.sql"), failing.replace("SELECT 1 / 0;\n", ""));
      expect(await applyMigrations(databaseUrl, dir)).toEqual(["20250102000000_c"]);
    });
  });

  it("lets concurrent callers apply each migration exactly once", async () => {
    const slow = (sql: string) => `SELECT pg_sleep(0.2);\n${sql}`;
    const dir = await migrationsFolder({ "20250101000000_a": slow(CREATE_A), "20250102000000_b": slow(CREATE_B) });
    await withScratchDatabase(serverUrl, async (databaseUrl) => {
      const results = await Promise.all([1, 2, 3].map(() => applyMigrations(databaseUrl, dir)));
      expect(results.flat().sort()).toEqual(["20250101000000_a", "20250102000000_b"]);
      expect(await query(databaseUrl, "SELECT count(*)::int AS n FROM _prisma_migrations")).toEqual([{ n: 2 }]);
    });
  });

  it("refuses a migrations folder locked to another provider", async () => {
    const dir = await migrationsFolder({ "20250101000000_a": CREATE_A }, "mysql");
    await expect(applyMigrations("postgres://unused", dir)).rejects.toThrow(/provider "mysql"/);
  });
});
