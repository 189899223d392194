/** Prints the backup benchmark and rewrites its section of docs/benchmarks.md. */
import os from "node:os";
import { formatBytes } from "../db/format-bytes";
import { embeddedPostgresName } from "../db/postgres-binaries";
import { writeBenchSection } from "./benchmarks-doc";

export type BackupMeasurement = {
  label: string;
  tables: number;
  rows: number;
  /** pg_database_size of the source. */
  databaseBytes: number;
  /** The custom-format dump file. */
  bytes: number;
  seconds: number;
  restoreSeconds: number;
};

const SECTION = "## Backup and restore (issue #14)";

export function writeBackupReport(measurements: BackupMeasurement[], { writeDocs }: { writeDocs: boolean }): void {
  const rows = measurements.map(
    (m) =>
      `| ${m.label} | ${m.tables} | ${m.rows.toLocaleString("en")} | ${formatBytes(m.databaseBytes)} | ` +
      `${formatBytes(m.bytes)} | ${m.seconds.toFixed(2)} s | ${m.restoreSeconds.toFixed(2)} s |`,
  );
  const table = [
    "| database | tables | rows | size in PostgreSQL | backup file | backup time | restore time |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
  ].join("\n");
  console.log(`\n${table}\n`);
  if (!writeDocs) return;
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  writeBenchSection(
    SECTION,
    `${SECTION}

Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${os.cpus().length} cores (${cpu}), Node ${process.version},
${embeddedPostgresName()} by \`npm run bench:backup\` (scripts/bench/backup.ts), with the commands' own code: \`npm run db:backup\`
(pg_dump, custom format, compressed) and \`npm run db:restore\` (pg_restore into a new database, one transaction).
Restore time includes creating the database; after each restore every table's row count and the md5 of its sorted rows
matched the source's.

${table}
`,
  );
  console.log("[bench:backup] docs/benchmarks.md updated");
}
