import { Prisma } from "@/lib/generated/prisma/client";

/** The category and all its subcategories, at any depth: rows (id). */
export function categoryWithDescendantsSql(categoryId: string): Prisma.Sql {
  return Prisma.sql`
    WITH RECURSIVE tree AS (
      SELECT id FROM "Category" WHERE id = ${categoryId}
      UNION
      SELECT c.id FROM "Category" c JOIN tree ON c."parentId" = tree.id
    )
    SELECT id FROM tree`;
}
