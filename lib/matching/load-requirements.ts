import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Currency } from "@/lib/generated/prisma/enums";
import type { ScoringBuyer, ScoringRequirement } from "./scoring-inputs";
import { requirementSessionSql } from "./requirement-session-sql";

export type LoadedRequirement = ScoringRequirement & {
  searchTerms: string[];
  status: "OPEN" | "CLOSED";
  sessionId: string | null;
  buyer: ScoringBuyer & { status: string };
};

type Row = {
  id: string;
  buyerOrgId: string;
  categoryId: string;
  searchTerms: string[];
  quantity: number;
  unit: string;
  targetPriceMinor: bigint | null;
  currency: Currency | null;
  requiredCertifications: string[];
  neededBy: string | null;
  status: "OPEN" | "CLOSED";
  sessionId: string | null;
  buyerTimeZone: string;
  buyerLanguages: string[];
  buyerStatus: string;
};

/**
 * Requirements with their buyer and resolved session (requirement-session-sql.ts),
 * selected by `where` (a condition on alias r). One statement for one requirement
 * or a whole session's.
 */
export async function loadRequirements(where: Prisma.Sql, now: Date): Promise<LoadedRequirement[]> {
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT * FROM (
      SELECT r.id, r."organizationId" AS "buyerOrgId", r."categoryId", r."searchTerms", r.quantity, r.unit,
        r."targetPriceMinor", r.currency::text AS currency, r."requiredCertifications",
        to_char(r."neededBy", 'YYYY-MM-DD') AS "neededBy", r.status::text AS status,
        ${requirementSessionSql("r", now)} AS "sessionId",
        o."timeZone" AS "buyerTimeZone", o.languages AS "buyerLanguages", o.status::text AS "buyerStatus"
      FROM "PurchasingRequirement" r
      JOIN "Organization" o ON o.id = r."organizationId"
    ) r
    WHERE ${where}
    ORDER BY r.id`);
  return rows.map((row) => ({
    id: row.id,
    buyerOrgId: row.buyerOrgId,
    categoryId: row.categoryId,
    searchTerms: row.searchTerms,
    termCount: row.searchTerms.length,
    quantity: row.quantity,
    unit: row.unit,
    targetPriceMinor: row.targetPriceMinor,
    currency: row.currency,
    requiredCertifications: row.requiredCertifications,
    neededBy: row.neededBy,
    status: row.status,
    sessionId: row.sessionId,
    buyer: { id: row.buyerOrgId, timeZone: row.buyerTimeZone, languages: row.buyerLanguages, status: row.buyerStatus },
  }));
}
