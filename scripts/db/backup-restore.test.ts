/**
 * db:backup and db:restore end to end on the suite's PostgreSQL: the demo fair
 * (migrations + seed) is dumped with pg_dump, restored with pg_restore into a new
 * database, and every table must come back with the same rows (count and checksum).
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { seedDemoFair } from "@/prisma/seed";
import { backupDatabase, restoreDatabase } from "./dump";
import { databaseOf } from "./demo-database";
import { tableFingerprints, type TableFingerprint } from "./table-fingerprints";

const serverUrl = inject("testServerUrl");
// The suite's prefix: teardown drops the restored databases with the rest.
const restoredName = `${inject("testDatabasePrefix")}restored_${process.pid}`;
const folder = mkdtempSync(path.join(os.tmpdir(), "fairbridge-backup-test-"));
const dumpFile = path.join(folder, "demo.dump");

let source: TableFingerprint[];
let restored: { url: string };

beforeAll(async () => {
  await seedDemoFair();
  source = await tableFingerprints(process.env.DATABASE_URL!);
  await backupDatabase(process.env.DATABASE_URL!, dumpFile);
  restored = await restoreDatabase(dumpFile, { serverUrl, database: restoredName, mode: "new" });
}, 180_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("backup and restore", () => {
  it("brings back every table with the same row count and the same rows", async () => {
    const back = await tableFingerprints(restored.url);
    expect(back).toEqual(source);
    // Not vacuous: the schema's tables and the seeded rows are all there.
    expect(source.map((t) => t.table)).toEqual(expect.arrayContaining(["public.Meeting", "public._prisma_migrations"]));
    expect(source.find((t) => t.table === "public.Meeting")!.rows).toBeGreaterThan(0);
  });

  it("notices a single changed row (the checksum covers every row)", async () => {
    const client = new pg.Client({ connectionString: restored.url });
    await client.connect();
    try {
      await client.query(
        `UPDATE "Meeting" SET agenda = coalesce(agenda, '') || '.' WHERE id = (SELECT min(id) FROM "Meeting")`,
      );
    } finally {
      await client.end();
    }
    const changed = (await tableFingerprints(restored.url)).filter(
      (table, i) => table.md5 !== source[i].md5 || table.rows !== source[i].rows,
    );
    expect(changed.map((t) => t.table)).toEqual(["public.Meeting"]);
  });

  it("refuses to restore into a database that holds tables unless told to replace it", async () => {
    const database = databaseOf(process.env.DATABASE_URL!);
    await expect(restoreDatabase(dumpFile, { serverUrl, database, mode: "into-empty" })).rejects.toThrow(
      /holds \d+ tables: restore into it only with --replace/,
    );
    await expect(restoreDatabase(dumpFile, { serverUrl, database, mode: "new" })).rejects.toThrow(/exists already/);
  });
});
