import "server-only";
import type pg from "pg";
import type { MatchScoreRow } from "./score-session";
import { encodeFactors } from "./stored-factors";

const CHUNK = 5_000;

/**
 * Replaces the session's MatchScore rows in one transaction, so readers see the old
 * table or the new one, never half. Rows go in as parallel arrays through unnest
 * (a few statements for 100,000 rows instead of one round trip each).
 */
export async function writeMatchScores(client: pg.ClientBase, sessionId: string, rows: MatchScoreRow[]): Promise<void> {
  await client.query("BEGIN");
  try {
    // Two computations of one session (a job and a direct call) never interleave their writes.
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('fairbridge.match-table:' || $1))`, [sessionId]);
    await client.query(`DELETE FROM "MatchScore" WHERE "sessionId" = $1`, [sessionId]);
    for (let start = 0; start < rows.length; start += CHUNK) {
      const chunk = rows.slice(start, start + CHUNK);
      await client.query(
        `INSERT INTO "MatchScore" ("sessionId", "requirementId", "supplierOrgId", score, factors, "bestProductId", "computedAt")
         SELECT $1, r, s, sc, f::jsonb, b, now()
         FROM unnest($2::text[], $3::text[], $4::int[], $5::text[], $6::text[]) AS t(r, s, sc, f, b)`,
        [
          sessionId,
          chunk.map((row) => row.requirementId),
          chunk.map((row) => row.supplierOrgId),
          chunk.map((row) => row.score),
          chunk.map((row) => JSON.stringify(encodeFactors(row.factors))),
          chunk.map((row) => row.bestProductId),
        ],
      );
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}
