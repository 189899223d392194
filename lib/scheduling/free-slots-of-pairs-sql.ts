import { Prisma } from "@/lib/generated/prisma/client";
import { interpreterFreeSql } from "./interpreter-sql";

/** One candidate slot of one pair of organizations, keyed by the caller's `key`. */
export type PairCandidate = {
  key: string;
  sessionId: string;
  organizationIds: [string, string];
  needsInterpreter: boolean;
  start: Date;
  end: Date;
};

/**
 * The candidates (key and start) that no meeting of either organization overlaps and,
 * when asked, that an interpreter can serve: freeSlotsAmong's statement with the pair,
 * session and interpreter need carried per row, so any number of pairs cost one statement.
 */
export function freeCandidatesSql(candidates: PairCandidate[]) {
  const column = <T>(pick: (c: PairCandidate) => T) => candidates.map(pick);
  const start = Prisma.sql`c."start"`;
  const finish = Prisma.sql`c."finish"`;
  return Prisma.sql`
    SELECT c."key", c."start"
    FROM unnest(
      ${column((c) => c.key)}::text[], ${column((c) => c.sessionId)}::text[],
      ${column((c) => c.organizationIds[0])}::text[], ${column((c) => c.organizationIds[1])}::text[],
      ${column((c) => c.needsInterpreter)}::boolean[],
      ${column((c) => c.start.toISOString())}::timestamptz[], ${column((c) => c.end.toISOString())}::timestamptz[]
    ) AS c("key", "sessionId", "orgA", "orgB", "needsInterpreter", "start", "finish")
    WHERE NOT EXISTS (
      SELECT 1 FROM "Meeting" m
      WHERE m."status" <> 'CANCELLED'
        AND (m."supplierOrgId" IN (c."orgA", c."orgB") OR m."buyerOrgId" IN (c."orgA", c."orgB"))
        AND tstzrange(m."startsAt", m."endsAt", '[)') && tstzrange(c."start", c."finish", '[)')
    )
    AND (NOT c."needsInterpreter" OR EXISTS (
      SELECT 1 FROM "User" u WHERE ${interpreterFreeSql(Prisma.sql`c."sessionId"`, start, finish, "")}
    ))`;
}
