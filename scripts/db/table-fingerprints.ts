/**
 * Every table's row count and a checksum of its rows (md5 over the rows' text,
 * sorted), to prove a restored database holds exactly the rows of its source.
 * Leaf tables only: a partitioned table's rows live in its partitions.
 */
import pg from "pg";

export type TableFingerprint = { table: string; rows: number; md5: string };

export async function tableFingerprints(url: string): Promise<TableFingerprint[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ schema: string; name: string }>(
      `SELECT s.nspname AS schema, c.relname AS name FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
       WHERE c.relkind = 'r' AND s.nspname NOT IN ('pg_catalog', 'information_schema')
         AND s.nspname NOT LIKE 'pg_toast%'
       ORDER BY 1, 2`,
    );
    const fingerprints: TableFingerprint[] = [];
    for (const { schema, name } of tables) {
      const table = `${client.escapeIdentifier(schema)}.${client.escapeIdentifier(name)}`;
      const { rows } = await client.query<{ rows: number; md5: string }>(
        `SELECT count(*)::int AS rows, coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '') AS md5
         FROM ${table} AS t`,
      );
      fingerprints.push({ table: `${schema}.${name}`, ...rows[0] });
    }
    return fingerprints;
  } finally {
    await client.end();
  }
}
