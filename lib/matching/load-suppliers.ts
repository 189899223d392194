import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { creditOf } from "@/lib/credit/load-credit";
import type { ScoringSupplier } from "./scoring-inputs";

type SupplierRow = {
  id: string;
  city: string;
  timeZone: string;
  languages: string[];
  verified: boolean;
  certificates: { typeCode: string; expiresOn: string | null }[] | null;
  orders: number;
  followUps: number;
  noDeals: number;
};

/**
 * The supplier-level inputs of the given organizations in two statements: zone,
 * languages, verification, certificates (type and expiry day) and the outcomes
 * of their completed meetings; then their credit (lib/credit).
 */
export async function loadScoringSuppliers(supplierIds: string[]): Promise<Map<string, ScoringSupplier>> {
  if (supplierIds.length === 0) return new Map();
  const rows = await db.$queryRaw<SupplierRow[]>(Prisma.sql`
    SELECT o.id, o.city, o."timeZone", o.languages, o."verifiedAt" IS NOT NULL AS verified,
      (SELECT json_agg(json_build_object('typeCode', c."typeCode", 'expiresOn', to_char(c."expiresOn", 'YYYY-MM-DD')))
         FROM "Certificate" c WHERE c."organizationId" = o.id) AS certificates,
      coalesce(m.orders, 0)::int AS orders, coalesce(m."followUps", 0)::int AS "followUps", coalesce(m."noDeals", 0)::int AS "noDeals"
    FROM "Organization" o
    LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE outcome = 'ORDER_PLACED') AS orders,
             count(*) FILTER (WHERE outcome = 'FOLLOW_UP') AS "followUps",
             count(*) FILTER (WHERE outcome = 'NO_DEAL') AS "noDeals"
      FROM "Meeting" WHERE "supplierOrgId" = o.id AND status = 'COMPLETED' AND outcome IS NOT NULL
    ) m ON true
    WHERE o.id = ANY(${supplierIds}::text[])`);
  // The credit factor: each supplier's credit score (one more statement, lib/credit).
  const credit = await creditOf(supplierIds);
  return new Map(
    rows.map((row) => [row.id, { ...toScoringSupplier(row), credit: (credit.get(row.id)?.score ?? 0) / 100 }]),
  );
}

function toScoringSupplier(row: SupplierRow): ScoringSupplier {
  return {
    id: row.id,
    city: row.city,
    timeZone: row.timeZone,
    languages: row.languages,
    verified: row.verified,
    certificates: row.certificates ?? [],
    outcomes: { ORDER_PLACED: row.orders, FOLLOW_UP: row.followUps, NO_DEAL: row.noDeals },
  };
}
