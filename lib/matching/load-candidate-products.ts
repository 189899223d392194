import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ScoringProduct } from "./scoring-inputs";

/** Who may be recommended in a session: approved suppliers, approved for the session. */
export function eligibleSupplierSql(supplierAlias: string, sessionId: string): Prisma.Sql {
  const o = Prisma.raw(supplierAlias);
  return Prisma.sql`${o}.kind = 'SUPPLIER' AND ${o}.status = 'APPROVED' AND EXISTS (
    SELECT 1 FROM "SessionRegistration" g
    WHERE g."sessionId" = ${sessionId} AND g."organizationId" = ${o}.id AND g.status = 'APPROVED')`;
}

/** What may be shown of a product: visible and not blocked by the negative list. */
export const listedProductSql = Prisma.sql`p.visibility = 'VISIBLE' AND p."blockedByEntryId" IS NULL`;

/**
 * The live path's one heavy statement: every listed product of an eligible
 * supplier in the requirement's category subtree (the required gate), with how
 * many of the requirement's words it contains, computed where the rows are (the
 * arrays never leave Postgres). `categoryIds` is the subtree (resolved from the
 * cached tree, so the planner sees the list); `supplierOrgIds` narrows it to the
 * shortlist of the match table (recommend-suppliers.ts).
 */
export async function loadCandidateProducts(options: {
  sessionId: string;
  categoryIds: string[];
  terms: string[];
  supplierOrgIds?: string[];
}): Promise<ScoringProduct[]> {
  const { sessionId, categoryIds, terms, supplierOrgIds } = options;
  return db.$queryRaw<ScoringProduct[]>(Prisma.sql`
    SELECT p.id, p."organizationId" AS "supplierOrgId", p."categoryId", p.moq, p."moqUnit", p."priceMinMinor",
      p.currency::text AS currency, p.certifications,
      (SELECT count(*) FROM unnest(p."searchTerms") t WHERE t = ANY(${terms}::text[]))::int AS "matchedTerms"
    FROM "Product" p
    JOIN "Organization" o ON o.id = p."organizationId"
    WHERE p."categoryId" = ANY(${categoryIds}::text[])
      AND ${listedProductSql}
      AND ${eligibleSupplierSql("o", sessionId)}
      ${supplierOrgIds ? Prisma.sql`AND p."organizationId" = ANY(${supplierOrgIds}::text[])` : Prisma.empty}`);
}
