import "server-only";
import { db } from "@/lib/db";
import type { Currency } from "@/lib/generated/prisma/enums";
import { sessionEndsAtSql } from "@/lib/fairs/lifecycle-sql";
import { USD_PER_USD_CENT_MICROS } from "./money";

export type PublicSession = {
  id: string;
  slug: string;
  titleEn: string;
  titleZh: string;
  titleRu: string;
  fairId: string;
  fairSlug: string;
  fairNameEn: string;
  fairNameZh: string;
  fairNameRu: string;
  rates: Partial<Record<Currency, bigint>>;
};

type Row = Omit<PublicSession, "rates"> & { rates: Record<string, string> | null };

/**
 * The published sessions whose catalogue shows this supplier (approved for the
 * session) and, with `product`, that product: the session lists its category (or
 * one of its parents) and it was listed before the session ended (an ended
 * session's catalogue is its archive). Newest first, each with its fair's rates.
 */
export async function listPublicSessions(
  organizationId: string,
  product: { categoryId: string; listedAt: Date } | null = null,
): Promise<PublicSession[]> {
  const categoryId = product?.categoryId ?? null;
  const listedAt = product?.listedAt ?? null;
  const rows = await db.$queryRaw<Row[]>`
    WITH RECURSIVE ancestors AS (
      SELECT id, "parentId" FROM "Category" WHERE id = ${categoryId}
      UNION
      SELECT c.id, c."parentId" FROM "Category" c JOIN ancestors a ON c.id = a."parentId"
    )
    SELECT s.id, s.slug, s."titleEn", s."titleZh", s."titleRu",
      f.id AS "fairId", f.slug AS "fairSlug", f."nameEn" AS "fairNameEn", f."nameZh" AS "fairNameZh",
      f."nameRu" AS "fairNameRu",
      (SELECT json_object_agg(er.currency, er."perUsdCentMicros"::text) FROM "ExchangeRate" er WHERE er."fairId" = f.id) AS rates
    FROM "FairSession" s
    JOIN "Fair" f ON f.id = s."fairId"
    JOIN "SessionRegistration" r ON r."sessionId" = s.id
    WHERE f.status = 'PUBLISHED' AND r."organizationId" = ${organizationId} AND r.status = 'APPROVED'
      AND (${categoryId}::text IS NULL OR EXISTS (
        SELECT 1 FROM "SessionCategory" sc WHERE sc."sessionId" = s.id AND sc."categoryId" IN (SELECT id FROM ancestors)
      ))
      AND (${listedAt}::timestamptz IS NULL OR ${listedAt}::timestamptz < ${sessionEndsAtSql("s", "f")})
    ORDER BY s."startDate" DESC, s.id`;
  return rows.map((row) => ({
    ...row,
    rates: {
      ...Object.fromEntries(Object.entries(row.rates ?? {}).map(([currency, micros]) => [currency, BigInt(micros)])),
      USD: USD_PER_USD_CENT_MICROS,
    },
  }));
}
