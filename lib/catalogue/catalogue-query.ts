import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { decodeCursor, type CatalogueCursor, type CatalogueSort } from "./cursor";
import { catalogueSessionCtes } from "./catalogue-session-sql";
import { TOTAL_COUNT_LIMIT } from "./total-count";
import { approvedSupplierSql, listedProductSql } from "./visible-product";
import { searchCatalogueSchema, type SearchCatalogueInput } from "./schemas";
import {
  documentMatchesSql,
  missingDocumentMatchSql,
  parseSearchQuery,
  productQuickScoreSql,
  productRankSql,
  type SearchQuery,
} from "@/lib/search";
import {
  keysetCondition,
  orderBy,
  productMaxUsdCents,
  productMinUsdCents,
  relevanceKey,
  sortSpec,
  usdCents,
} from "./search-sql";

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
 */
export async function buildCatalogueQuery(raw: SearchCatalogueInput): Promise<CatalogueQuery> {
  const search = readSearch(raw);
  const { input, sort, pageSize, cursor } = search;
  const q = search.q ? await parseSearchQuery(search.q) : undefined;
  const backwards = cursor?.direction === "before";
  const { productFilter, textProductFilter } = productRowFilters(input, search.categoryIds);
  const spec = sortSpec(sort, sql`p.score`);
  const filters = priceFilters(input);
  // Relevance over text: the first TOTAL_COUNT_LIMIT + 1 matches in index order are the
  // candidates (the count stops there, "1,000+"), ranked by a band that reads no document,
  // refined by ts_rank when they are few. Other orders need every match to sort them.
  const ranked = q !== undefined && sort === "relevance";
  // Per edition: what was listed before the session ended (all of today's listings
  // for a session still ahead or live; an ended one is the archive of its days).
  const listedBefore = sql`p."createdAt" < (SELECT "endsAt" FROM sess)`;
  const conditions = [listedBefore, ...filters];
  // The text arms check it per row (IS TRUE: the same rows, but no index condition): else
  // the planner may AND the whole "Product_newest_idx" (every product of a session still
  // ahead, 100,000 entries, ~12 ms) into the text bitmap, which removes nothing.
  const textConditions = [sql`(${listedBefore}) IS TRUE`, ...filters];

  const statement = sql`
    WITH RECURSIVE
    ${sessionCtes(input)}
    ${pickedCategoriesCte(search.categoryIds)},
    matches AS MATERIALIZED (
      ${
        q
          ? textMatches(q, {
              columns: ranked
                ? sql`p.id, ${productQuickScoreSql(q, "p")} AS score, p."createdAt"`
                : sql`p.id, ${spec.key} AS sort_key`,
              filter: Prisma.join([textProductFilter, ...textConditions], " AND "),
              limit: ranked ? TOTAL_COUNT_LIMIT + 1 : null,
              fewExhibitors: input.city !== undefined,
            })
          : sql`SELECT p.id, ${spec.key} AS sort_key
              FROM "Product" p
              JOIN exhibitors e ON e.id = p."organizationId"
              LEFT JOIN rates rate ON rate.currency = p.currency
              WHERE ${Prisma.join([productFilter, ...conditions], " AND ")}`
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

  return { sql: statement, sort, pageSize, cursor };
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
 * Conditions on the product row alone: pushed into the text index scans, so only
 * candidates of this session reach the joins. `textProductFilter` is the same for
 * the text arms (see there).
 */
function productRowFilters(input: SearchInput, categoryIds: string[]) {
  const productFilters = [
    // An array, not a subquery, so the planner can read the category index when there
    // is no text to narrow the scan.
    sql`p."categoryId" = ANY (ARRAY(SELECT id FROM cats))`,
    listedProductSql("p"),
  ];
  if (input.supplierId) productFilters.push(sql`p."organizationId" = ${input.supplierId}`);
  if (categoryIds.length > 0) productFilters.push(sql`p."categoryId" IN (SELECT id FROM picked)`);
  if (input.moqMax !== undefined) productFilters.push(sql`p.moq <= ${input.moqMax}`);
  if (input.certification) {
    productFilters.push(sql`(
      ${input.certification} = ANY(p.certifications)
      OR EXISTS (
        SELECT 1 FROM "Certificate" c
        WHERE c."organizationId" = p."organizationId" AND c."typeCode" = ${input.certification}
          AND (c."expiresOn" IS NULL OR c."expiresOn" >= CURRENT_DATE)
      )
    )`);
  }
  const productFilter = Prisma.join(productFilters, " AND ");
  // The text arms read the text index; there the session's categories are a plain row
  // filter. (Written so the planner cannot AND the category index into the bitmap:
  // reading its ~20,000 entries of a session costs more than checking each text hit.)
  const textProductFilter = Prisma.join(
    [sql`(p."categoryId" || '') = ANY (ARRAY(SELECT id FROM cats))`, ...productFilters.slice(1)],
    " AND ",
  );
  return { productFilter, textProductFilter };
}

/** Conditions on a candidate with its exchange rate: the price range. */
function priceFilters(input: SearchInput): Prisma.Sql[] {
  const filters: Prisma.Sql[] = [];
  // Price ranges overlap: the product's range (in US cents) meets the wanted one.
  const boundRate = sql`(SELECT micros FROM rates WHERE currency = CAST(${input.priceCurrency ?? "USD"} AS "Currency"))`;
  if (input.priceMin !== undefined) {
    filters.push(sql`${productMaxUsdCents} >= ${usdCents(sql`${input.priceMin}`, boundRate)}`);
  }
  if (input.priceMax !== undefined) {
    filters.push(sql`${productMinUsdCents} <= ${usdCents(sql`${input.priceMax}`, boundRate)}`);
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
 * With text, the matches are read from the search-document index (one arm), plus
 * the products still without a document matched the old way (lib/search; a second
 * arm over the partial index of those, usually empty). Every filter is a row
 * condition of the scan, the supplier a hashed lookup and the rate a lateral one,
 * so that with `limit` the scan stops at the first matches in index order.
 */
function textMatches(
  q: SearchQuery,
  {
    columns,
    filter,
    limit,
    fewExhibitors,
  }: { columns: Prisma.Sql; filter: Prisma.Sql; limit: number | null; fewExhibitors: boolean },
): Prisma.Sql {
  // With a city the session's suppliers are a few hundred: their products' entries in
  // the supplier index, ANDed into the text bitmap, spare the heap visit of every text
  // hit elsewhere (пуховики in Ningbo: 1,274 heap blocks instead of 14,421). Thousands of
  // suppliers (no city) cost more to look up than the visits they spare.
  const exhibitor = fewExhibitors
    ? sql`p."organizationId" = ANY (ARRAY(SELECT id FROM exhibitors))`
    : // A hashed lookup, not a join: a join's build side would read every match first.
      sql`coalesce(p."organizationId" IN (SELECT id FROM exhibitors), FALSE)`;
  const arm = (match: Prisma.Sql) => sql`
      SELECT ${columns}
      FROM "Product" p
      LEFT JOIN LATERAL (SELECT r.micros FROM rates r WHERE r.currency = p.currency) rate ON TRUE
      WHERE ${match} AND ${filter} AND ${exhibitor}`;
  return sql`${arm(documentMatchesSql(q, "p"))}
      UNION ALL ${arm(missingDocumentMatchSql(q, "p"))}
      ${limit === null ? Prisma.empty : sql`LIMIT ${limit}`}`;
}

/** Candidates this few are ranked by ts_rank over their documents too (names > category > descriptions). */
const FINE_RANK_LIMIT = 300;

/** The relevance key of each candidate: band × 1000 + (for few candidates) ts_rank × 999, then newest. */
function rankedCte(q: SearchQuery): Prisma.Sql {
  const fine = sql`CASE WHEN (SELECT count(*) FROM matches) <= ${FINE_RANK_LIMIT}
      THEN (SELECT round((r.v - floor(r.v)) * 999)::int
            FROM (SELECT ${productRankSql(q, "x")} AS v FROM "Product" x WHERE x.id = p.id) r)
      ELSE 0 END`;
  return sql`ranked AS MATERIALIZED (
      SELECT p.id, ${relevanceKey(sql`(p.score * 1000 + ${fine})`)} AS sort_key FROM matches p
    )`;
}

/** The session (if published), its categories, its visible exhibitors and the fair's exchange rates. */
function sessionCtes(input: SearchInput): Prisma.Sql {
  return sql`
    ${catalogueSessionCtes(input.sessionId)},
    -- The session's visible suppliers, once: a hash join for thousands of text hits
    -- is cheaper than looking each hit's supplier and registration up one by one.
    exhibitors AS MATERIALIZED (
      -- The session as a value, not a join: then the planner sees its ~2,000 registrations
      -- and hashes them (a nested loop over an estimated 1 session took twice as long).
      SELECT o.id FROM "SessionRegistration" r
      JOIN "Organization" o ON o.id = r."organizationId"
      WHERE r."sessionId" = (SELECT id FROM sess) AND r.status = 'APPROVED' AND ${approvedSupplierSql("o")}
        ${input.city ? sql`AND o.city = ${input.city}` : Prisma.empty}
    ),
    rates AS (
      SELECT er.currency, er."perUsdCentMicros" AS micros
      FROM "ExchangeRate" er JOIN sess ON er."fairId" = sess."fairId" WHERE er.currency <> 'USD'
      UNION ALL SELECT 'USD'::"Currency", 1000000::bigint
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
