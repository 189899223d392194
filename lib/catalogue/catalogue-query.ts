import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { decodeCursor, type CatalogueCursor, type CatalogueSort } from "./cursor";
import { catalogueSessionCtes } from "./catalogue-session-sql";
import { approvedSupplierSql, listedProductSql } from "./visible-product";
import { searchCatalogueSchema, type SearchCatalogueInput } from "./schemas";
import {
  keysetCondition,
  namePatterns,
  orderBy,
  productMaxUsdCents,
  productMinUsdCents,
  sortSpec,
  textArms,
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
export function buildCatalogueQuery(raw: SearchCatalogueInput): CatalogueQuery {
  const search = readSearch(raw);
  const { input, q, sort, pageSize, cursor } = search;
  const backwards = cursor?.direction === "before";
  const { productFilter, textProductFilter } = productRowFilters(input, search.categoryIds);
  const spec = sortSpec(sort, sql`p.score`);
  const candidates = q ? sql`found p` : sql`"Product" p`;
  const candidateFilter = q ? sql`TRUE` : productFilter;
  const filters = priceFilters(input);

  const statement = sql`
    WITH RECURSIVE
    ${sessionCtes(input)}
    ${pickedCategoriesCte(search.categoryIds)}
    ${q ? textCandidateCtes(q, textProductFilter) : Prisma.empty},
    matches AS MATERIALIZED (
      SELECT p.id, ${spec.key} AS sort_key
      FROM ${candidates}
      JOIN exhibitors e ON e.id = p."organizationId"
      LEFT JOIN rates rate ON rate.currency = p.currency
      WHERE ${candidateFilter}
        -- Per edition: what was listed before the session ended (all of today's listings
        -- for a session still ahead or live; an ended one is the archive of its days).
        AND p."createdAt" < (SELECT "endsAt" FROM sess)
        ${filters.length > 0 ? sql`AND ${Prisma.join(filters, " AND ")}` : Prisma.empty}
    ),
    page AS (
      SELECT m.id, m.sort_key FROM matches m
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
 * With text, the candidates are the index hits (one row per matching language,
 * scores added up), carrying only what the rest of the query reads; without,
 * every product row of the session's categories.
 */
function textCandidateCtes(q: string, textProductFilter: Prisma.Sql): Prisma.Sql {
  const candidateColumns = sql`p.id, p."organizationId", p.currency, p."priceMinMinor", p."priceMaxMinor", p."createdAt"`;
  return sql`, terms AS MATERIALIZED (${namePatterns(q)}),
        found AS MATERIALIZED (
          SELECT ${candidateColumns}, sum(p.score)::int AS score
          FROM (${textArms(q, candidateColumns, textProductFilter)}) p
          GROUP BY ${candidateColumns}
        )`;
}

/** The session (if published), its categories, its visible exhibitors and the fair's exchange rates. */
function sessionCtes(input: SearchInput): Prisma.Sql {
  return sql`
    ${catalogueSessionCtes(input.sessionId)},
    -- The session's visible suppliers, once: a hash join for thousands of text hits
    -- is cheaper than looking each hit's supplier and registration up one by one.
    exhibitors AS MATERIALIZED (
      SELECT o.id FROM "SessionRegistration" r
      JOIN sess ON sess.id = r."sessionId"
      JOIN "Organization" o ON o.id = r."organizationId"
      WHERE r.status = 'APPROVED' AND ${approvedSupplierSql("o")}
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
      (SELECT count(*) FROM matches)::int AS total,
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
