/**
 * Backup size and restore time (issue #14), on a fresh embedded PostgreSQL (port 54415):
 * 1. the demo database (migrations + demo seed, as `npm run demo` leaves it);
 * 2. the same database plus the catalogue benchmark's generated suppliers and products.
 * Each is dumped with db:backup's pg_dump (custom format), restored with db:restore's
 * pg_restore into a new database, and every table's rows are compared (count + md5);
 * a difference fails the run. `--write-docs` rewrites its section of docs/benchmarks.md.
 *
 *   npm run bench:backup [-- --suppliers 10000 --products 100000 --write-docs]
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { ensureDatabase, startLocalPostgres } from "../db/local-postgres";
import { applyMigrations } from "../db/migrate";
import { backupDatabase, restoreDatabase } from "../db/dump";
import { tableFingerprints } from "../db/table-fingerprints";
import { writeBackupReport, type BackupMeasurement } from "./backup-report";
import { generateCatalogue } from "./generate-catalogue";
import { benchFairSlug } from "./prepare-database";
import { seedDemo } from "./seed-demo";

const { values: args } = parseArgs({
  options: {
    "db-port": { type: "string", default: "54415" },
    suppliers: { type: "string", default: "10000" },
    products: { type: "string", default: "100000" },
    seed: { type: "string", default: "20261129" },
    "write-docs": { type: "boolean", default: false },
  },
});
const log = (message: string) => console.log(`[bench:backup] ${message}`);

async function main(): Promise<void> {
  const postgres = await startLocalPostgres({ name: "pg-bench-backup", port: Number(args["db-port"]), fresh: true });
  const folder = mkdtempSync(path.join(os.tmpdir(), "fairbridge-bench-backup-"));
  try {
    await ensureDatabase(postgres.serverUrl, "fairbridge");
    const url = postgres.urlFor("fairbridge");
    await applyMigrations(url);
    seedDemo(url);
    const measurements = [await measure("demo database (migrations + demo seed)", url, "demo")];

    log(`generating ${args.suppliers} suppliers and ${args.products} products…`);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const options = { suppliers: Number(args.suppliers), products: Number(args.products), seed: Number(args.seed) };
      await generateCatalogue(client, { fairSlug: benchFairSlug, ...options });
    } finally {
      await client.end();
    }
    measurements.push(await measure(`demo + ${args.suppliers} suppliers, ${args.products} products`, url, "catalogue"));
    writeBackupReport(measurements, { writeDocs: args["write-docs"] });

    async function measure(label: string, source: string, name: string): Promise<BackupMeasurement> {
      const databaseBytes = await databaseSize(source);
      const backup = await backupDatabase(source, path.join(folder, `${name}.dump`));
      const restore = await restoreDatabase(backup.file, {
        serverUrl: postgres.serverUrl,
        database: `restored_${name}`,
        mode: "new",
      });
      const [before, after] = [await tableFingerprints(source), await tableFingerprints(restore.url)];
      const differing = before.filter((table, i) => JSON.stringify(table) !== JSON.stringify(after[i]));
      if (after.length !== before.length || differing.length > 0) {
        throw new Error(`restore of ${label} differs in ${differing.map((t) => t.table).join(", ") || "tables"}`);
      }
      const rows = before.reduce((sum, table) => sum + table.rows, 0);
      log(`${label}: ${before.length} tables, ${rows} rows identical after restore`);
      return { label, tables: before.length, rows, databaseBytes, ...backup, restoreSeconds: restore.seconds };
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
    await postgres.stop();
  }
}

async function databaseSize(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ bytes: string }>("SELECT pg_database_size(current_database()) AS bytes");
    return Number(rows[0].bytes);
  } finally {
    await client.end();
  }
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
