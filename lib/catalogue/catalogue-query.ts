import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { prepared } from "@/lib/db-prepared";
import { decodeCursor, type CatalogueCursor, type CatalogueSort } from "./cursor";
import { catalogueSessionCtes } from "./catalogue-session-sql";
import { TOTAL_COUNT_LIMIT } from "./total-count";
import { searchCatalogueSchema, type SearchCatalogueInput } from "./schemas";
import {
  documentMatchesExactlySql,
  documentMatchesSql,
  exactMatchQuickScoreSql,
  missingDocumentMatchSql,
  parseSearchQuery,
  productQuickScoreSql,
  productRankSql,
  searchQueryCte,
  type SearchQuery,
} from "@/lib/search";
import { keysetCondition, orderBy, relevanceKey, sortSpec, usdCents } from "./search-sql";

export const DEFAULT_PAGE_SIZE = 24;

export type CatalogueQuery = {
  sql: Prisma.Sql;
  sort: CatalogueSort;
  pageSize: number;
  cursor: CatalogueCursor | null;
};

const sql = Prisma.sql;

/**
 * The one statement behind searchCatalogue (the benchmark EXPLAINs it too). It
 * returns the page rows with their supplier and first image, the total, and
 * whether the session exists and is published, as one result set: one round trip.
 *
 * It reads the session's catalogue entries ("CatalogueEntry", kept by triggers from
 * the view catalogue_entry_source: the visible products of the session with what
 * the filters compare), under the alias `p`; what depends on the moment (the fair
 * published, listed before the session ended, a certificate unexpired) is checked here.
 */
export async function buildCatalogueQuery(raw: SearchCatalogueInput): Promise<CatalogueQuery> {
  const search = readSearch(raw);
  const { input, sort, pageSize, cursor } = search;
  const q = search.q ? await parseSearchQuery(search.q) : undefined;
  const backwards = cursor?.direction === "before";
  const spec = sortSpec(sort, sql`p.score`);
  // Relevance over text: the first TOTAL_COUNT_LIMIT + 1 matches in index order are the
  // candidates (the count stops there, "1,000+"), ranked by a band that reads no document,
  // refined by ts_rank when they are few. Other orders need every match to sort them.
  const ranked = q !== undefined && sort === "relevance";
  const { session, rows } = entryFilters(input, search.categoryIds);
  const filter = Prisma.join([...session, ...rows], " AND ");
  // The text arm checks the session and its end per row (IS TRUE: the same rows, but no
  // index condition): else the planner ANDs the session's whole "CatalogueEntry_newest_idx"
  // (~17,000 entries, ~3.5 ms) into the text bitmap, which removes nothing.
  const textFilter = Prisma.join([...session.map((condition) => sql`(${condition}) IS TRUE`), ...rows], " AND ");

  // With text, the matches are read once (the text index) and ranked; without, the page and
  // the capped total each read the entries in index order and stop early (browsing newest
  // first: ~4 ms -> ~1.5 ms, and every filter-only shape measured faster).
  const matchesMaterialized = q ? sql`MATERIALIZED` : sql`NOT MATERIALIZED`;
  const statement = sql`
    WITH RECURSIVE
    ${catalogueSessionCtes(input.sessionId)}
    ${pickedCategoriesCte(search.categoryIds)}
    ${q ? sql`, ${searchQueryCte(q)}, ${fastCategoriesCte(q)}` : Prisma.empty},
    matches AS ${matchesMaterialized} (
      ${
        q
          ? textMatches(q, {
              columns: ranked
                ? sql`p."productId" AS id, ${productQuickScoreSql(q, "p", true)} AS score, p."createdAt"`
                : sql`p."productId" AS id, ${spec.key} AS sort_key`,
              // The fast arm reads no document (its entries' index covers what it needs).
              fastColumns: ranked
                ? sql`p."productId" AS id, ${exactMatchQuickScoreSql(q, "p", true)} AS score, p."createdAt"`
                : sql`p."productId" AS id, ${spec.key} AS sort_key`,
              filter,
              textFilter,
              limit: ranked ? TOTAL_COUNT_LIMIT + 1 : null,
            })
          : sql`SELECT p."productId" AS id, ${spec.key} AS sort_key FROM "CatalogueEntry" p WHERE ${filter}`
      }
    ),
    ${ranked && q ? rankedCte(q) : sql`ranked AS (SELECT m.id, m.sort_key FROM matches m)`},
    page AS (
      SELECT m.id, m.sort_key FROM ranked m
      WHERE ${keysetCondition(spec, cursor, "m")}
      ORDER BY ${orderBy(spec, "m", backwards)}
      LIMIT ${pageSize + 1}
    )
    ${pageRowsSelect}
    ORDER BY ${orderBy(spec, "page", backwards)}`;

  // Prepared: its plan is kept per connection (planning was ~2 ms of each search).
  return { sql: prepared(statement), sort, pageSize, cursor };
}

/** The validated input and what follows from it: the sort (relevance only with text), page size and cursor. */
function readSearch(raw: SearchCatalogueInput) {
  const input = searchCatalogueSchema.parse(raw);
  const q = input.q || undefined;
  const sort: CatalogueSort =
    !q && input.sort === "relevance" ? "newest" : (input.sort ?? (q ? "relevance" : "newest"));
  return {
    input,
    q,
    sort,
    categoryIds: input.categoryIds ?? [],
    pageSize: input.pageSize ?? DEFAULT_PAGE_SIZE,
    cursor: decodeCursor(input.cursor, sort),
  };
}

type SearchInput = ReturnType<typeof readSearch>["input"];

/**
 * Conditions on a catalogue entry `p` of the session: every one a condition of the
 * row itself (most of them columns of the entries' category index), so a scan with a
 * LIMIT stops at the first entries that pass.
 */
function entryFilters(input: SearchInput, categoryIds: string[]): { session: Prisma.Sql[]; rows: Prisma.Sql[] } {
  // The session and its end (the text arm checks these per row, see buildCatalogueQuery).
  const session = [
    // The session as a value: the planner sees its entries' statistics.
    sql`p."sessionId" = ${input.sessionId}`,
    // Per edition: what was listed before the session ended (all of today's listings for a
    // session still ahead or live; an ended one is the archive of its days). NULL, so no
    // row, when the session is missing or its fair unpublished.
    sql`p."createdAt" < (SELECT "endsAt" FROM sess)`,
  ];
  const filters: Prisma.Sql[] = [];
  if (input.supplierId) filters.push(sql`p."organizationId" = ${input.supplierId}`);
  if (input.city) filters.push(sql`p."supplierCity" = ${input.city}`);
  if (categoryIds.length > 0) filters.push(sql`p."categoryId" IN (SELECT id FROM picked)`);
  if (input.moqMax !== undefined) filters.push(sql`p.moq <= ${input.moqMax}`);
  if (input.certification) {
    // The product's own certification, or an unexpired certificate of its supplier (looked up
    // only for suppliers holding one of the type at all: expiry depends on the day).
    filters.push(sql`(
      ${input.certification} = ANY(p.certifications)
      OR (${input.certification} = ANY(p."supplierCertificateTypes") AND EXISTS (
        SELECT 1 FROM "Certificate" c
        WHERE c."organizationId" = p."organizationId" AND c."typeCode" = ${input.certification}
          AND (c."expiresOn" IS NULL OR c."expiresOn" >= CURRENT_DATE)
      ))
    )`);
  }
  return { session, rows: [...filters, ...priceFilters(input)] };
}

/** The price range: the entry's range (whole US cents at the fair's rates) meets the wanted one. */
function priceFilters(input: SearchInput): Prisma.Sql[] {
  const filters: Prisma.Sql[] = [];
  const currency = input.priceCurrency ?? "USD";
  const boundRate = sql`(SELECT CASE WHEN CAST(${currency} AS "Currency") = 'USD' THEN 1000000::bigint
      ELSE (SELECT er."perUsdCentMicros" FROM "ExchangeRate" er
            WHERE er."fairId" = (SELECT "fairId" FROM sess) AND er.currency = CAST(${currency} AS "Currency")) END)`;
  // Each bound as its own subquery: computed once per statement, not once per entry read
  // (numeric division; ~0.7 ms of a search whose text matches are filtered by price).
  if (input.priceMin !== undefined) {
    filters.push(sql`p."maxUsdCents" >= (SELECT ${usdCents(sql`${input.priceMin}`, boundRate)})`);
  }
  if (input.priceMax !== undefined) {
    filters.push(sql`p."minUsdCents" <= (SELECT ${usdCents(sql`${input.priceMax}`, boundRate)})`);
  }
  return filters;
}

/** The picked categories and their subcategories (only when some are picked). */
function pickedCategoriesCte(categoryIds: string[]): Prisma.Sql {
  return categoryIds.length > 0
    ? sql`, picked AS (
          SELECT c.id FROM "Category" c WHERE c.id IN (${Prisma.join(categoryIds)})
          UNION
          SELECT c.id FROM "Category" c JOIN picked ON c."parentId" = picked.id
        )`
    : Prisma.empty;
}

/**
 * The categories whose own document (its names and synonyms, and its ancestors'; see
 * lib/search categorySearchDocument) satisfies every term exactly: each product of them
 * with a document matches, exactly, so their entries need no text index and their score
 * reads only the names' words. A few hundred rows at most.
 */
function fastCategoriesCte(q: SearchQuery): Prisma.Sql {
  return sql`fast AS MATERIALIZED (SELECT c.id FROM "Category" c WHERE ${documentMatchesExactlySql(q, "c")})`;
}

/**
 * With text, three arms under one LIMIT (the Append stops as soon as it has enough, so
 * a category word never reaches the text index):
 * 1. the entries of the categories the query names as a whole (fastCategoriesCte), newest
 *    first from the category index, each category's scan stopping at the limit;
 * 2. the other entries whose document matches (text index), run only when the session has
 *    a category outside those;
 * 3. the products still without a document matched the old way (lib/search; the partial
 *    index of those, usually empty).
 * Every filter is a row condition of each scan (most of them columns of the category index).
 */
function textMatches(
  q: SearchQuery,
  {
    columns,
    fastColumns,
    filter,
    textFilter,
    limit,
  }: {
    columns: Prisma.Sql;
    fastColumns: Prisma.Sql;
    filter: Prisma.Sql;
    textFilter: Prisma.Sql;
    limit: number | null;
  },
): Prisma.Sql {
  const fast = sql`ARRAY(SELECT id FROM fast)`;
  const fastArm =
    limit === null
      ? sql`SELECT ${fastColumns} FROM "CatalogueEntry" p
          WHERE p."categoryId" = ANY (${fast}) AND p."searchDocument" IS NOT NULL AND ${filter}`
      : sql`SELECT ${fastColumns} FROM fast
          CROSS JOIN LATERAL (
            SELECT p."productId", p."createdAt", p."searchName" FROM "CatalogueEntry" p
            WHERE p."categoryId" = fast.id AND p."searchDocument" IS NOT NULL AND ${filter}
            ORDER BY p."createdAt" DESC LIMIT ${limit}
          ) p`;
  return sql`
      ${fastArm}
      UNION ALL
      SELECT ${columns} FROM "CatalogueEntry" p
      WHERE EXISTS (SELECT 1 FROM cats WHERE cats.id <> ALL (${fast}))
        AND ${documentMatchesSql(q, "p", true)} AND p."categoryId" <> ALL (${fast}) AND ${textFilter}
      UNION ALL
      SELECT ${columns} FROM "Product" x
      JOIN "CatalogueEntry" p ON p."productId" = x.id AND p."searchDocument" IS NULL
      WHERE ${missingDocumentMatchSql(q, "x")} AND ${filter}
      ${limit === null ? Prisma.empty : sql`LIMIT ${limit}`}`;
}

/** Candidates this few are ranked by ts_rank over their documents too (names > category > descriptions). */
const FINE_RANK_LIMIT = 300;

/** The relevance key of each candidate: band × 1000 + (for few candidates) ts_rank × 999, then newest. */
function rankedCte(q: SearchQuery): Prisma.Sql {
  const fine = sql`CASE WHEN (SELECT count(*) FROM matches) <= ${FINE_RANK_LIMIT}
      THEN (SELECT round((r.v - floor(r.v)) * 999)::int
            FROM (SELECT ${productRankSql(q, "x", true)} AS v FROM "Product" x WHERE x.id = p.id) r)
      ELSE 0 END`;
  return sql`ranked AS MATERIALIZED (
      SELECT p.id, ${relevanceKey(sql`(p.score * 1000 + ${fine})`)} AS sort_key FROM matches p
    )`;
}

/** The page's rows with their supplier and first image, the total, and whether the session was found. */
const pageRowsSelect = sql`
    SELECT
      (SELECT count(*) FROM sess)::int AS "sessionFound",
      (SELECT count(*) FROM (SELECT 1 FROM matches LIMIT ${TOTAL_COUNT_LIMIT + 1}) capped)::int AS total,
      page.sort_key::text AS "sortKey",
      p.id, p."nameEn", p."nameZh", p."nameRu", p."categoryId", p.moq, p."moqUnit",
      p."priceMinMinor", p."priceMaxMinor", p.currency::text AS currency, p.certifications, p."createdAt",
      o.id AS "supplierId", o."nameEn" AS "supplierNameEn", o."nameZh" AS "supplierNameZh",
      o."nameRu" AS "supplierNameRu", o.city AS "supplierCity",
      image."thumbKey"
    FROM (SELECT 1) AS one
    LEFT JOIN page ON TRUE
    LEFT JOIN "Product" p ON p.id = page.id
    LEFT JOIN "Organization" o ON o.id = p."organizationId"
    LEFT JOIN LATERAL (
      SELECT i."thumbKey" FROM "ProductImage" i WHERE i."productId" = p.id ORDER BY i.position, i.id LIMIT 1
    ) image ON TRUE`;
