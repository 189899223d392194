import { db } from "@/lib/db";

/**
 * Every public table's contents as one digest per table: "nothing written" means none
 * changed (the hostile-input tests of form actions and route handlers compare them).
 */
export async function tableDigests(): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`;
  const query = tables
    .map(
      ({ name }) =>
        `SELECT '${name}' AS name, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${name}" t`,
    )
    .join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<{ name: string; digest: string }[]>(query);
  return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
}

/** The longest row text of any public table: a stored 1 MB field would show here. */
export async function longestStoredText(): Promise<number> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`;
  const query = tables
    .map(({ name }) => `SELECT coalesce(max(length(t::text)), 0) AS longest FROM "${name}" t`)
    .join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<{ longest: number }[]>(query);
  return Math.max(...rows.map((row) => Number(row.longest)));
}
