import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { categoryAndAncestors } from "@/lib/negative-list/match-sql";
import { sessionEndsAtSql } from "@/lib/fairs/lifecycle-sql";

type Client = Pick<Prisma.TransactionClient, "$queryRaw">;

/**
 * The next session a requirement of `categoryId` can go to: the earliest-starting
 * session of a published fair, not ended at `now`, that offers the category or one
 * of its ancestors. Null when no later edition has been published yet.
 */
export async function findNextSessionOfCategory(
  client: Client,
  categoryId: string,
  now: Date,
): Promise<{ id: string } | null> {
  const rows = await client.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT s.id FROM "FairSession" s
    JOIN "Fair" f ON f.id = s."fairId" AND f.status = 'PUBLISHED'
    WHERE ${sessionEndsAtSql("s", "f")} > ${now}
      AND EXISTS (
        SELECT 1 FROM "SessionCategory" sc
        WHERE sc."sessionId" = s.id AND sc."categoryId" IN ${categoryAndAncestors(Prisma.sql`${categoryId}`)}
      )
    ORDER BY s."startDate", s.position, s.id
    LIMIT 1`);
  return rows[0] ?? null;
}
