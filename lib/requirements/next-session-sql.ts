import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { categoryAndAncestors } from "@/lib/negative-list/match-sql";
import { sessionEndsAtSql } from "@/lib/fairs/lifecycle-sql";

/**
 * At most one row, the `id` of the earliest-starting session (ties: position,
 * id) of a published fair, not ended at `now`, that offers `categoryId` or one
 * of its ancestors, whether or not the buyer is registered there (which
 * requirementSessionSql in lib/matching does ask).
 */
export function nextSessionOfCategorySql(categoryId: string, now: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT s.id FROM "FairSession" s
    JOIN "Fair" f ON f.id = s."fairId" AND f.status = 'PUBLISHED'
    WHERE ${sessionEndsAtSql("s", "f")} > ${now}
      AND EXISTS (
        SELECT 1 FROM "SessionCategory" sc
        WHERE sc."sessionId" = s.id AND sc."categoryId" IN ${categoryAndAncestors(Prisma.sql`${categoryId}`)}
      )
    ORDER BY s."startDate", s.position, s.id
    LIMIT 1`;
}
