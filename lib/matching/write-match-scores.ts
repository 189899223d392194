import "server-only";
import type pg from "pg";
import type { MatchScoreRow } from "./score-session";
import { encodeFactors } from "./stored-factors";

/**
 * Replaces the session's MatchScore rows in one transaction, so readers see the old
 * table or the new one, never half. All rows travel as ONE JSON document read by
 * jsonb_to_recordset in one INSERT ... SELECT: one round trip, and the factors are
 * plain nested JSON (no text[] of JSON strings to escape, parse and cast row by row).
 */
export async function writeMatchScores(client: pg.ClientBase, sessionId: string, rows: MatchScoreRow[]): Promise<void> {
  const parts: string[] = [];
  for (const row of rows) {
    parts.push(
      JSON.stringify({
        r: row.requirementId,
        s: row.supplierOrgId,
        sc: row.score,
        f: encodeFactors(row.factors),
        b: row.bestProductId,
      }),
    );
  }
  const document = `[${parts.join(",")}]`;
  await client.query("BEGIN");
  try {
    // Two computations of one session (a job and a direct call) never interleave their writes.
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('fairbridge.match-table:' || $1))`, [sessionId]);
    await client.query(`DELETE FROM "MatchScore" WHERE "sessionId" = $1`, [sessionId]);
    if (rows.length > 0) {
      await client.query(
        `INSERT INTO "MatchScore" ("sessionId", "requirementId", "supplierOrgId", score, factors, "bestProductId", "computedAt")
         SELECT $1, t.r, t.s, t.sc, t.f, t.b, now()
         FROM jsonb_to_recordset($2::jsonb) AS t(r text, s text, sc int, f jsonb, b text)`,
        [sessionId, document],
      );
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}
