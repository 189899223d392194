import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

type Sql = Prisma.Sql;

/** SQL expressions for a product's screened fields: table columns or bound values. */
export type ProductFieldsSql = {
  hsCode: Sql;
  categoryId: Sql;
  nameEn: Sql;
  nameZh: Sql;
  nameRu: Sql;
  descriptionEn: Sql;
  descriptionZh: Sql;
  descriptionRu: Sql;
};

/** The columns of a "Product" row under `alias`, for set-based screening. */
export function productColumns(alias: string): ProductFieldsSql {
  const column = (name: string) => Prisma.raw(`${alias}."${name}"`);
  return {
    hsCode: column("hsCode"),
    categoryId: column("categoryId"),
    nameEn: column("nameEn"),
    nameZh: column("nameZh"),
    nameRu: column("nameRu"),
    descriptionEn: column("descriptionEn"),
    descriptionZh: column("descriptionZh"),
    descriptionRu: column("descriptionRu"),
  };
}

/*
 * The matching rules, written once and used both for one product being saved
 * (check-product.ts) and for every stored product when an entry is added or
 * removed (block-matching-products.ts). The search expressions are exactly those
 * of the GIN indexes from the catalogue migration, so set-based screening of
 * 100,000 products uses the indexes instead of reading every row.
 */

/** HS prefixes are digits only (see schemas.ts), so LIKE needs no escaping. */
export function hsPrefixMatches(product: ProductFieldsSql, prefix: Sql): Sql {
  return Prisma.sql`(${product.hsCode} LIKE (${prefix} || '%'))`;
}

/**
 * Russian and English word forms through Postgres stemming (a phrase keeps its
 * word order); Chinese, which has no word breaks, and any other text by
 * case-insensitive substring of the Chinese fields (trigram index).
 */
export function keywordMatches(product: ProductFieldsSql, keyword: Sql): Sql {
  const pattern = Prisma.sql`('%' || replace(replace(replace(lower(${keyword}), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%')`;
  return Prisma.sql`(
    fb_search_ru(${product.nameRu}, ${product.descriptionRu}) @@ phraseto_tsquery('russian', ${keyword})
    OR fb_search_en(${product.nameEn}, ${product.descriptionEn}) @@ phraseto_tsquery('english', ${keyword})
    OR fb_search_zh(${product.nameZh}, ${product.descriptionZh}) LIKE ${pattern}
  )`;
}

/** The category itself and every category below it. */
export function categoryAndDescendants(categoryId: Sql): Sql {
  return Prisma.sql`(
    WITH RECURSIVE tree AS (
      SELECT id FROM "Category" WHERE id = ${categoryId}
      UNION
      SELECT child.id FROM "Category" child JOIN tree ON child."parentId" = tree.id
    )
    SELECT id FROM tree
  )`;
}

/** The category itself and every category above it. */
export function categoryAndAncestors(categoryId: Sql): Sql {
  return Prisma.sql`(
    WITH RECURSIVE tree AS (
      SELECT id, "parentId" FROM "Category" WHERE id = ${categoryId}
      UNION
      SELECT parent.id, parent."parentId" FROM "Category" parent JOIN tree ON parent.id = tree."parentId"
    )
    SELECT id FROM tree
  )`;
}

/**
 * Serializes screening against changes of the list: a product save holds the
 * shared lock until it commits, adding or deactivating an entry the exclusive
 * one, so no product slips between "checked" and "retroactively blocked".
 */
const lockKey = Prisma.sql`hashtext('fairbridge.negative-list')`;
/** Run with `$executeRaw` (the lock functions return void). */
export const shareListLock = Prisma.sql`SELECT pg_advisory_xact_lock_shared(${lockKey})`;
export const exclusiveListLock = Prisma.sql`SELECT pg_advisory_xact_lock(${lockKey})`;
