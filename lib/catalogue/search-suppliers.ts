import "server-only";
import { sessionEndsAtSql } from "@/lib/fairs/lifecycle-sql";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { searchSuppliersSchema, type SearchSuppliersInput } from "./schemas";
import { substringPattern } from "./search-sql";

export type SupplierHit = {
  id: string;
  nameEn: string | null;
  nameZh: string | null;
  nameRu: string | null;
  city: string;
  yearFounded: number | null;
  staffSize: string | null;
  logoKey: string | null;
  certificateCodes: string[];
  productCount: number;
};

type Row = SupplierHit & { sessionFound: number; total: number };

const nameOrder = {
  en: Prisma.sql`coalesce(o."nameEn", o."nameZh", o."nameRu")`,
  zh: Prisma.sql`coalesce(o."nameZh", o."nameEn", o."nameRu")`,
  ru: Prisma.sql`coalesce(o."nameRu", o."nameEn", o."nameZh")`,
};

/**
 * The approved suppliers of a published session, by name (substring in any
 * language) and city, a page at a time ordered by name then id (unique, so
 * offsets never repeat or skip a row), with their catalogue product count and
 * valid certificates. One statement; NOT_FOUND when the session is not public.
 */
export async function searchSuppliers(raw: SearchSuppliersInput) {
  const input = searchSuppliersSchema.parse(raw);
  const pageSize = input.pageSize ?? 24;
  const page = input.page ?? 1;
  const filters: Prisma.Sql[] = [];
  if (input.q) {
    filters.push(
      Prisma.sql`lower(concat_ws(' ', o."nameZh", o."nameEn", o."nameRu")) LIKE ${substringPattern(input.q)}`,
    );
  }
  if (input.city) filters.push(Prisma.sql`o.city = ${input.city}`);

  const rows = await db.$queryRaw<Row[]>`
    WITH RECURSIVE
    sess AS (
      SELECT s.id, ${sessionEndsAtSql("s", "f")} AS "endsAt"
      FROM "FairSession" s JOIN "Fair" f ON f.id = s."fairId"
      WHERE s.id = ${input.sessionId} AND f.status = 'PUBLISHED'
    ),
    cats AS (
      SELECT sc."categoryId" AS id FROM "SessionCategory" sc JOIN sess ON sess.id = sc."sessionId"
      UNION
      SELECT c.id FROM "Category" c JOIN cats ON c."parentId" = cats.id
    ),
    found AS (
      SELECT o.*, count(*) OVER () AS total
      FROM "SessionRegistration" r
      JOIN sess ON sess.id = r."sessionId"
      JOIN "Organization" o ON o.id = r."organizationId"
      WHERE r.status = 'APPROVED' AND o.kind = 'SUPPLIER' AND o.status = 'APPROVED'
        ${filters.length > 0 ? Prisma.sql`AND ${Prisma.join(filters, " AND ")}` : Prisma.empty}
      ORDER BY ${nameOrder[input.locale]}, o.id
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}
    )
    SELECT (SELECT count(*) FROM sess)::int AS "sessionFound", coalesce(o.total, 0)::int AS total,
      o.id, o."nameEn", o."nameZh", o."nameRu", o.city, o."yearFounded", o."staffSize", o."logoKey",
      ARRAY(
        SELECT DISTINCT c."typeCode" FROM "Certificate" c
        WHERE c."organizationId" = o.id AND (c."expiresOn" IS NULL OR c."expiresOn" >= CURRENT_DATE)
        ORDER BY c."typeCode"
      ) AS "certificateCodes",
      (
        SELECT count(*) FROM "Product" p
        WHERE p."organizationId" = o.id AND p.visibility = 'VISIBLE' AND p."blockedByEntryId" IS NULL
          AND p."categoryId" IN (SELECT id FROM cats) AND p."createdAt" < (SELECT "endsAt" FROM sess)
      )::int AS "productCount"
    FROM (SELECT 1) AS one
    LEFT JOIN found o ON TRUE
    ORDER BY ${nameOrder[input.locale]}, o.id`;

  if (!rows[0]?.sessionFound) throw new AppError("NOT_FOUND", "sessionNotFound");
  const suppliers = rows.filter((row) => row.id !== null).map(({ sessionFound: _s, total: _t, ...hit }) => hit);
  const total = rows[0].total;
  return { suppliers, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
