import { sessionEndsAtSql } from "@/lib/fairs/lifecycle-sql";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The two CTEs a session's catalogue starts from, for a `WITH RECURSIVE` list:
 * `sess` (the session if its fair is published: id, fairId, the instant it ends)
 * and `cats` (its categories and every subcategory of them). The product search
 * and the supplier search both read their catalogue through these.
 */
export function catalogueSessionCtes(sessionId: string): Prisma.Sql {
  return Prisma.sql`
    sess AS (
      SELECT s.id, s."fairId", ${sessionEndsAtSql("s", "f")} AS "endsAt"
      FROM "FairSession" s JOIN "Fair" f ON f.id = s."fairId"
      WHERE s.id = ${sessionId} AND f.status = 'PUBLISHED'
    ),
    cats AS (
      SELECT sc."categoryId" AS id FROM "SessionCategory" sc JOIN sess ON sess.id = sc."sessionId"
      UNION
      SELECT c.id FROM "Category" c JOIN cats ON c."parentId" = cats.id
    )`;
}
