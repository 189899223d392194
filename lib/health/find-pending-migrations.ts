import type pg from "pg";
import { readMigrations } from "@/scripts/db/migrate";

/**
 * The migrations in `migrationsDir` that the database has not applied, by folder name.
 * Applied means what `prisma migrate deploy` (and scripts/db/migrate.ts) records: a
 * finished row in `_prisma_migrations` that was not rolled back. Rows for migrations
 * this code does not know are ignored: during a rolling deploy the database may be a
 * step ahead of an older instance, which still serves correctly.
 */
export async function findPendingMigrations(client: pg.ClientBase, migrationsDir: string): Promise<string[]> {
  const migrations = await readMigrations(migrationsDir);
  const { rows } = await client.query<{ migration_name: string }>(
    "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
  );
  const applied = new Set(rows.map((row) => row.migration_name));
  return migrations.map((migration) => migration.name).filter((name) => !applied.has(name));
}
