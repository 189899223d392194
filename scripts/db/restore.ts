/**
 * npm run db:restore -- FILE [--into DB [--replace]]
 * Restores a db:backup file on DATABASE_URL's server, else the embedded demo server:
 * by default into a new database <db>_restored_<UTC time>, so nothing is overwritten;
 * `--into DB` restores into an existing empty database, `--into DB --replace` drops
 * and re-creates DB first (stop the app first: a database in use cannot be dropped).
 * Point DATABASE_URL at the restored database to serve it.
 */
import "dotenv/config";
import { parseArgs } from "node:util";
import { databaseOf, openTargetDatabase } from "./demo-database";
import { defaultRestoreDatabase, restoreDatabase, type RestoreMode } from "./dump";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { into: { type: "string" }, replace: { type: "boolean", default: false } },
});

async function main(): Promise<void> {
  const file = positionals[0];
  if (!file) throw new Error("usage: npm run db:restore -- FILE [--into DB [--replace]]");
  if (values.replace && !values.into) throw new Error("--replace needs --into DB: name the database to replace.");
  const target = await openTargetDatabase();
  try {
    const database = values.into ?? defaultRestoreDatabase(target.url);
    const mode: RestoreMode = !values.into ? "new" : values.replace ? "replace" : "into-empty";
    const result = await restoreDatabase(file, { serverUrl: target.serverUrl, database, mode });
    console.log(`[db:restore] ${file} -> database ${result.database} in ${result.seconds.toFixed(2)} s`);
    if (result.database !== databaseOf(target.url))
      console.log(`[db:restore] to serve it, point DATABASE_URL at database ${result.database}`);
  } finally {
    await target.close();
  }
}

main().catch((error: unknown) => {
  console.error(`[db:restore] ${(error as Error).message}`);
  process.exit(1);
});
