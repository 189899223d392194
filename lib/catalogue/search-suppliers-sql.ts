import { Prisma } from "@/lib/generated/prisma/client";
import type { AppLocale } from "@/lib/i18n/routing";
import { catalogueSessionCtes } from "./catalogue-session-sql";
import { substringPattern } from "./search-sql";
import { approvedSupplierSql, listedBeforeSql, listedProductSql } from "./visible-product";

const nameOrder = {
  en: Prisma.sql`coalesce(o."nameEn", o."nameZh", o."nameRu")`,
  zh: Prisma.sql`coalesce(o."nameZh", o."nameEn", o."nameRu")`,
  ru: Prisma.sql`coalesce(o."nameRu", o."nameEn", o."nameZh")`,
};

/**
 * searchSuppliers' one statement: a page of the session's approved suppliers (name
 * substring in any language, city) ordered by name then id, each with its valid
 * certificates and catalogue product count, plus the total and whether the session
 * is published, as one result set (a single row of nulls when nothing matches).
 */
export function searchSuppliersSql(input: {
  sessionId: string;
  q?: string;
  city?: string;
  locale: AppLocale;
  page: number;
  pageSize: number;
}): Prisma.Sql {
  const filters: Prisma.Sql[] = [];
  if (input.q) {
    filters.push(
      Prisma.sql`lower(concat_ws(' ', o."nameZh", o."nameEn", o."nameRu")) LIKE ${substringPattern(input.q)}`,
    );
  }
  if (input.city) filters.push(Prisma.sql`o.city = ${input.city}`);
  return Prisma.sql`
    WITH RECURSIVE
    ${catalogueSessionCtes(input.sessionId)},
    found AS (
      SELECT o.*, count(*) OVER () AS total
      FROM "SessionRegistration" r
      JOIN sess ON sess.id = r."sessionId"
      JOIN "Organization" o ON o.id = r."organizationId"
      WHERE r.status = 'APPROVED' AND ${approvedSupplierSql("o")}
        ${filters.length > 0 ? Prisma.sql`AND ${Prisma.join(filters, " AND ")}` : Prisma.empty}
      ORDER BY ${nameOrder[input.locale]}, o.id
      LIMIT ${input.pageSize} OFFSET ${(input.page - 1) * input.pageSize}
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
        WHERE p."organizationId" = o.id AND ${listedProductSql("p")}
          AND p."categoryId" IN (SELECT id FROM cats) AND ${listedBeforeSql("p", Prisma.sql`(SELECT "endsAt" FROM sess)`)}
      )::int AS "productCount"
    FROM (SELECT 1) AS one
    LEFT JOIN found o ON TRUE
    ORDER BY ${nameOrder[input.locale]}, o.id`;
}
