import { Prisma } from "@/lib/generated/prisma/client";

/** Which products get their search document (re)written. */
export type DocumentTarget = { productIds: string[] } | { categoryIds: string[] } | "missing";

/**
 * The texts of up to `limit` products of the target with an id above `afterId`
 * (keyset batches): rows (id, names, descriptions, HS code, categoryId).
 */
export function productSearchSourcesSql(target: DocumentTarget, afterId: string, limit: number): Prisma.Sql {
  const which =
    target === "missing"
      ? Prisma.sql`p."searchDocument" IS NULL`
      : "productIds" in target
        ? Prisma.sql`p.id = ANY (${target.productIds}::text[])`
        : Prisma.sql`p."categoryId" = ANY (${target.categoryIds}::text[])`;
  return Prisma.sql`
    SELECT p.id, p."nameEn", p."nameZh", p."nameRu", p."descriptionEn", p."descriptionZh", p."descriptionRu",
      p."hsCode", p."categoryId"
    FROM "Product" p
    WHERE ${which} AND p.id > ${afterId}
    ORDER BY p.id
    LIMIT ${limit}`;
}

/**
 * Every category with its parent and synonyms (a few hundred rows at most): rows (id,
 * parentId, names, synonyms, hasDocument: whether its own search document is written).
 */
export const categoriesWithSynonymsSql = Prisma.sql`
  SELECT c.id, c."parentId", c."nameEn", c."nameZh", c."nameRu", c."searchDocument" IS NOT NULL AS "hasDocument",
    coalesce(array_agg(s.term ORDER BY s.term) FILTER (WHERE s.term IS NOT NULL), '{}') AS synonyms
  FROM "Category" c LEFT JOIN "CategorySynonym" s ON s."categoryId" = c.id
  GROUP BY c.id`;

/** Writes documents (tsvector literals) by product id, in one statement. */
export function writeSearchDocumentsSql(ids: string[], documents: string[]): Prisma.Sql {
  return Prisma.sql`
    UPDATE "Product" p SET "searchDocument" = d.document::tsvector,
      -- The names' words alone (weight A), without positions: the cheap name-match signal.
      "searchName" = strip(ts_filter(d.document::tsvector, '{a}'))
    FROM unnest(${ids}::text[], ${documents}::text[]) AS d(id, document)
    WHERE p.id = d.id`;
}

/** Writes category documents (plain tsvector literals) by category id, leaving equal ones alone. */
export function writeCategoryDocumentsSql(ids: string[], documents: string[]): Prisma.Sql {
  return Prisma.sql`
    UPDATE "Category" c SET "searchDocument" = d.document::tsvector
    FROM unnest(${ids}::text[], ${documents}::text[]) AS d(id, document)
    WHERE c.id = d.id AND c."searchDocument" IS DISTINCT FROM d.document::tsvector`;
}

/** Whether any product or category lacks its document (the partial index answers for products): one row (any). */
export const missingDocumentSql = Prisma.sql`SELECT EXISTS (SELECT 1 FROM "Product" WHERE "searchDocument" IS NULL)
  OR EXISTS (SELECT 1 FROM "Category" WHERE "searchDocument" IS NULL) AS any`;
