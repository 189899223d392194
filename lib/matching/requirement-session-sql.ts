import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { categoryAndAncestors } from "@/lib/negative-list/match-sql";
import { sessionEndsAtSql } from "@/lib/fairs/lifecycle-sql";

/**
 * The session a requirement is matched in (one rule for recommendations and the
 * match table): its own sessionId when the buyer chose one; otherwise the earliest
 * session not ended at `now` of a published fair that offers the requirement's
 * category (or a parent of it) and where the buyer's registration is APPROVED (ties:
 * session position, id). A requirement never drifts back into an ended edition.
 * `alias` names a "PurchasingRequirement" row in the surrounding query.
 */
export function requirementSessionSql(alias: string, now: Date): Prisma.Sql {
  const r = Prisma.raw(alias);
  return Prisma.sql`COALESCE(${r}."sessionId", (
    SELECT s.id FROM "FairSession" s
    JOIN "Fair" f ON f.id = s."fairId" AND f.status = 'PUBLISHED'
    JOIN "SessionRegistration" g ON g."sessionId" = s.id AND g."organizationId" = ${r}."organizationId" AND g.status = 'APPROVED'
    WHERE ${sessionEndsAtSql("s", "f")} > ${now}
      AND EXISTS (
      SELECT 1 FROM "SessionCategory" sc
      WHERE sc."sessionId" = s.id AND sc."categoryId" IN ${categoryAndAncestors(Prisma.raw(`${alias}."categoryId"`))}
    )
    ORDER BY s."startDate", s.position, s.id
    LIMIT 1
  ))`;
}
