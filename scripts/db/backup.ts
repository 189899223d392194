/**
 * npm run db:backup [-- FILE]
 * Dumps DATABASE_URL's database, else the embedded demo database, with pg_dump's
 * custom format into FILE (default backups/fairbridge-<db>-<UTC time>.dump, git-ignored).
 */
import "dotenv/config";
import { parseArgs } from "node:util";
import { openTargetDatabase } from "./demo-database";
import { backupDatabase, defaultBackupFile } from "./dump";
import { formatBytes } from "./format-bytes";

const { positionals } = parseArgs({ allowPositionals: true, options: {} });

async function main(): Promise<void> {
  const target = await openTargetDatabase();
  try {
    const file = positionals[0] ?? defaultBackupFile(target.url);
    const result = await backupDatabase(target.url, file);
    console.log(`[db:backup] ${result.file}: ${formatBytes(result.bytes)} in ${result.seconds.toFixed(2)} s`);
  } finally {
    await target.close();
  }
}

main().catch((error: unknown) => {
  console.error(`[db:backup] ${(error as Error).message}`);
  process.exit(1);
});
