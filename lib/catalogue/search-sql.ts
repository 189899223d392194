import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CatalogueCursor, CatalogueSort } from "./cursor";

type Sql = Prisma.Sql;

/*
 * The search documents of a "Product" row under alias p: exactly the expressions
 * of the GIN indexes in the catalogue migration, so the planner can use them.
 */
export const ruDocument = Prisma.sql`fb_search_ru(p."nameRu", p."descriptionRu")`;
export const enDocument = Prisma.sql`fb_search_en(p."nameEn", p."descriptionEn")`;
export const zhDocument = Prisma.sql`fb_search_zh(p."nameZh", p."descriptionZh")`;

/** LIKE pattern for a case-insensitive substring, with LIKE's wildcards escaped. */
export function substringPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The products whose Russian or English document matches by word form (websearch
 * syntax) or whose Chinese document contains the text: one index scan per
 * language, each already narrowed by `productFilter`, united afterwards. (In a
 * single OR, the trigram arm's recheck would re-parse the Russian and English
 * documents of every Chinese hit.) Text of one or two characters has no
 * trigrams: the planner then reads the session's categories instead, slower but
 * still correct.
 *
 * Each row carries `columns` and a relevance `score` for its language: 1 for a
 * match in the document, 11 when a query term is in that language's product
 * name, 21 when the whole query is. Scores of a product's languages add up.
 * ts_rank would rebuild the tsvector of every matching row (the index holds no
 * vectors to read back); looking at the short name costs a fraction of that.
 * Needs the CTEs `terms` (see namePatterns), `cats` and `exhibitors`.
 */
export function textArms(q: string, columns: Sql, productFilter: Sql): Sql {
  const score = (name: Sql) =>
    Prisma.sql`CASE WHEN lower(${name}) LIKE terms.phrase THEN 21 WHEN lower(${name}) LIKE ANY (terms.patterns) THEN 11 ELSE 1 END AS score`;
  const arm = (match: Sql, name: Sql) =>
    Prisma.sql`SELECT ${columns}, ${score(name)} FROM "Product" p CROSS JOIN terms WHERE ${match} AND ${productFilter}`;
  const pattern = substringPattern(q);
  const chinese = trigramIndexable(q)
    ? arm(Prisma.sql`${zhDocument} LIKE ${pattern}`, Prisma.sql`p."nameZh"`)
    : // No trigrams: read the rows of the session's categories, one category index scan
      // each (LATERAL), instead of the whole table; text without cased letters is
      // searched as stored instead of lower-casing every description.
      Prisma.sql`SELECT x.* FROM cats CROSS JOIN LATERAL (
          SELECT ${columns}, ${score(Prisma.sql`p."nameZh"`)} FROM "Product" p CROSS JOIN terms
          WHERE p."categoryId" = cats.id AND ${productFilter}
            AND p."organizationId" IN (SELECT id FROM exhibitors) AND ${
              q.toLowerCase() === q.toUpperCase()
                ? Prisma.sql`(p."nameZh" LIKE ${pattern} OR p."descriptionZh" LIKE ${pattern})`
                : Prisma.sql`${zhDocument} LIKE ${pattern}`
            }
        ) x`;
  return Prisma.join(
    [
      arm(Prisma.sql`${ruDocument} @@ websearch_to_tsquery('russian', ${q})`, Prisma.sql`p."nameRu"`),
      arm(Prisma.sql`${enDocument} @@ websearch_to_tsquery('english', ${q})`, Prisma.sql`p."nameEn"`),
      chinese,
    ],
    " UNION ALL ",
  );
}

/** Trigrams need three characters in a row; shorter text cannot use the trigram index. */
export function trigramIndexable(text: string): boolean {
  return [...text.trim()].length >= 3;
}

/**
 * The patterns a product name is checked against for relevance: the whole query
 * and each of its Russian and English stems ("пуховики" -> пуховик), lower-cased.
 */
export function namePatterns(q: string): Sql {
  const phrase = substringPattern(q);
  return Prisma.sql`SELECT ${phrase}::text AS phrase,
      coalesce(array_agg(DISTINCT '%' || replace(replace(t, '%', '\\%'), '_', '\\_') || '%'), '{}') || ${phrase}::text AS patterns
    FROM unnest(tsvector_to_array(to_tsvector('russian', ${q}) || to_tsvector('english', ${q}))) AS t`;
}

/**
 * Relevance as one bigint, so a cursor holds it exactly: the text score (see
 * textArms) × 10^13 + creation time in ms, i.e. newest first among equal scores.
 */
export function relevanceKey(score: Sql): Sql {
  return Prisma.sql`(${score}::bigint * 10000000000000 + (extract(epoch FROM p."createdAt") * 1000)::bigint)`;
}

/** Products without a comparable price sort after every priced one. */
const NO_PRICE_KEY = Prisma.sql`100000000000000000000000000000::numeric`;

/**
 * Minor units in a currency -> whole US cents, with the fair's rate (integer math
 * on numeric, so no overflow and no floats). Null when there is no price or rate.
 */
export function usdCents(minor: Sql, perUsdCentMicros: Sql): Sql {
  return Prisma.sql`div(${minor}::numeric * 1000000, ${perUsdCentMicros}::numeric)`;
}

export const productMinUsdCents = usdCents(Prisma.sql`p."priceMinMinor"`, Prisma.sql`rate.micros`);
export const productMaxUsdCents = usdCents(
  Prisma.sql`coalesce(p."priceMaxMinor", p."priceMinMinor")`,
  Prisma.sql`rate.micros`,
);

export type SortSpec = { key: Sql; keyType: Sql; keyDescending: boolean; idDescending: boolean };

/** Every order ends with the product id, so no two rows ever tie and pages never overlap. */
export function sortSpec(sort: CatalogueSort, score: Sql): SortSpec {
  if (sort === "relevance") {
    return { key: relevanceKey(score), keyType: Prisma.sql`bigint`, keyDescending: true, idDescending: false };
  }
  if (sort === "price") {
    return {
      key: Prisma.sql`coalesce(${productMinUsdCents}, ${NO_PRICE_KEY})`,
      keyType: Prisma.sql`numeric`,
      keyDescending: false,
      idDescending: false,
    };
  }
  return { key: Prisma.sql`p."createdAt"`, keyType: Prisma.sql`timestamptz`, keyDescending: true, idDescending: true };
}

/** ORDER BY for rows of `alias` with columns sort_key and id; `reverse` for "before" pages. */
export function orderBy(spec: SortSpec, alias: string, reverse = false): Sql {
  const dir = (descending: boolean) => Prisma.raw(descending !== reverse ? "DESC" : "ASC");
  const a = Prisma.raw(alias);
  return Prisma.sql`${a}.sort_key ${dir(spec.keyDescending)}, ${a}.id ${dir(spec.idDescending)}`;
}

/** Rows strictly after (or before) the cursor row in the sort order. */
export function keysetCondition(spec: SortSpec, cursor: CatalogueCursor | null, alias: string): Sql {
  if (!cursor) return Prisma.sql`TRUE`;
  const a = Prisma.raw(alias);
  const forward = cursor.direction === "after";
  const key = Prisma.sql`CAST(${cursor.key} AS ${spec.keyType})`;
  const keyOp = Prisma.raw(spec.keyDescending === forward ? "<" : ">");
  const idOp = Prisma.raw(spec.idDescending === forward ? "<" : ">");
  return Prisma.sql`(${a}.sort_key ${keyOp} ${key} OR (${a}.sort_key = ${key} AND ${a}.id ${idOp} ${cursor.id}))`;
}
