import { approvedSupplierSql, listedProductSql } from "@/lib/catalogue/visible-product";
import { Prisma } from "@/lib/generated/prisma/client";

/** Who may be recommended in a session: approved suppliers, approved for the session. */
function eligibleSupplierSql(supplierAlias: string, sessionId: string): Prisma.Sql {
  const o = Prisma.raw(supplierAlias);
  return Prisma.sql`${approvedSupplierSql(supplierAlias)} AND EXISTS (
    SELECT 1 FROM "SessionRegistration" g
    WHERE g."sessionId" = ${sessionId} AND g."organizationId" = ${o}.id AND g.status = 'APPROVED')`;
}

/**
 * Every listed product of an eligible supplier in the categories `categoryIds`, as
 * ScoringProduct rows, with how many of `terms` it contains (counted where the rows
 * are: the arrays never leave Postgres) and its `relevance` to the requirement (an
 * expression over alias p, requirement-relevance-sql.ts); `supplierOrgIds` narrows
 * it to a shortlist.
 */
export function candidateProductsSql(options: {
  sessionId: string;
  categoryIds: string[];
  terms: string[];
  relevance: Prisma.Sql;
  supplierOrgIds?: string[];
}): Prisma.Sql {
  const { sessionId, categoryIds, terms, relevance, supplierOrgIds } = options;
  return Prisma.sql`
    SELECT p.id, p."organizationId" AS "supplierOrgId", p."categoryId", p.moq, p."moqUnit", p."priceMinMinor",
      p.currency::text AS currency, p.certifications,
      (SELECT count(*) FROM unnest(p."searchTerms") t WHERE t = ANY(${terms}::text[]))::int AS "matchedTerms",
      ${relevance} AS relevance
    FROM "Product" p
    JOIN "Organization" o ON o.id = p."organizationId"
    WHERE p."categoryId" = ANY(${categoryIds}::text[])
      AND ${listedProductSql("p")}
      AND ${eligibleSupplierSql("o", sessionId)}
      ${supplierOrgIds ? Prisma.sql`AND p."organizationId" = ANY(${supplierOrgIds}::text[])` : Prisma.empty}`;
}

/**
 * The listed products of one supplier with their words, scored in memory against
 * requirements (recommend-buyers.ts): the supplier is the caller itself, so only
 * the products' own state matters.
 */
export function supplierListedProductsSql(supplierId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT p.id, p."organizationId" AS "supplierOrgId", p."categoryId", p.moq, p."moqUnit", p."priceMinMinor",
      p.currency::text AS currency, p.certifications, p."searchTerms"
    FROM "Product" p WHERE p."organizationId" = ${supplierId} AND ${listedProductSql("p")}`;
}

/**
 * The match table's pool (load-session-products.ts), as plain pg text: every listed
 * product of every eligible supplier of session $1 in the categories $2, its words
 * joined by $3 (one string parses faster than text[] over tens of thousands of rows).
 */
export const sessionProductsStatement = `SELECT p.id, p."organizationId" AS "supplierOrgId", p."categoryId", p.moq, p."moqUnit",
    p."priceMinMinor"::text AS "priceMinMinor", p.currency::text AS currency, p.certifications,
    array_to_string(p."searchTerms", $3) AS terms
  FROM "Product" p
  JOIN "Organization" o ON o.id = p."organizationId" AND ${approvedSupplierSql("o").text}
  JOIN "SessionRegistration" g ON g."organizationId" = o.id AND g."sessionId" = $1 AND g.status = 'APPROVED'
  WHERE p."categoryId" = ANY($2::text[]) AND ${listedProductSql("p").text}`;
