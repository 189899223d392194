import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CatalogueCursor, CatalogueSort } from "./cursor";

type Sql = Prisma.Sql;

/** LIKE pattern for a case-insensitive substring, with LIKE's wildcards escaped. */
export function substringPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Relevance as one bigint, so a cursor holds it exactly: the text score (see
 * textCandidateCtes in catalogue-query.ts) × 10^13 + creation time in ms, i.e. newest first among equal scores.
 */
export function relevanceKey(score: Sql): Sql {
  return Prisma.sql`(${score}::bigint * 10000000000000 + (extract(epoch FROM p."createdAt") * 1000)::bigint)`;
}

/** Products without a comparable price sort after every priced one. */
const NO_PRICE_KEY = Prisma.sql`100000000000000000000000000000::numeric`;

/**
 * Minor units in a currency -> whole US cents, with the fair's rate (integer math
 * on numeric, so no overflow and no floats). Null when there is no price or rate.
 * The catalogue entries' bounds (migration catalogue_entries) are this same expression.
 */
export function usdCents(minor: Sql, perUsdCentMicros: Sql): Sql {
  return Prisma.sql`div(${minor}::numeric * 1000000, ${perUsdCentMicros}::numeric)`;
}

export type SortSpec = { key: Sql; keyType: Sql; keyDescending: boolean; idDescending: boolean };

/** Every order ends with the product id, so no two rows ever tie and pages never overlap. */
export function sortSpec(sort: CatalogueSort, score: Sql): SortSpec {
  if (sort === "relevance") {
    return { key: relevanceKey(score), keyType: Prisma.sql`bigint`, keyDescending: true, idDescending: false };
  }
  if (sort === "price") {
    return {
      // The catalogue entry's lower bound (usdCents at the fair's rates, kept by the database). The index
      // "CatalogueEntry_price_idx" (migration catalogue_price_order) holds this same expression: keep them identical.
      key: Prisma.sql`coalesce(p."minUsdCents", ${NO_PRICE_KEY})`,
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
