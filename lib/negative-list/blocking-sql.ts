import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { NegativeListKind } from "@/lib/generated/prisma/enums";
import {
  categoryAndAncestors,
  categoryAndDescendants,
  hsPrefixMatches,
  keywordMatches,
  productColumns,
  type ProductFieldsSql,
} from "./match-sql";
import type { ProductForScreening } from "./check-product";

/*
 * The negative list's statements: screening one product being saved, hiding or
 * showing again the stored products an entry matches, and auditing each of them.
 * The matching rules themselves are in match-sql.ts.
 */

/** The rule of one entry, as stored. */
type EntryRuleValues = {
  id: string;
  kind: NegativeListKind;
  hsPrefix: string | null;
  keyword: string | null;
  categoryId: string | null;
};

/**
 * The first active entry (oldest first) that a product with these values
 * matches, at most one row: the entry's id, kind (as text), rule, reasons and,
 * for a CATEGORY entry, the category's slug and names (null otherwise).
 */
export function firstMatchingEntrySql(product: ProductForScreening): Prisma.Sql {
  const value = (text: string | null | undefined) => Prisma.sql`${text ?? null}::text`;
  const fields: ProductFieldsSql = {
    hsCode: value(product.hsCode.trim()),
    categoryId: value(product.categoryId),
    nameEn: value(product.nameEn),
    nameZh: value(product.nameZh),
    nameRu: value(product.nameRu),
    descriptionEn: value(product.descriptionEn),
    descriptionZh: value(product.descriptionZh),
    descriptionRu: value(product.descriptionRu),
  };
  return Prisma.sql`
    SELECT e.id, e.kind::text AS kind, e."hsPrefix", e.keyword,
           c.slug AS "categorySlug", c."nameEn" AS "categoryNameEn", c."nameZh" AS "categoryNameZh",
           c."nameRu" AS "categoryNameRu", e."reasonEn", e."reasonZh", e."reasonRu"
    FROM "NegativeListEntry" e
    LEFT JOIN "Category" c ON c.id = e."categoryId"
    WHERE e.active AND (
      (e.kind = 'HS_PREFIX' AND ${hsPrefixMatches(fields, Prisma.sql`e."hsPrefix"`)})
      OR (e.kind = 'KEYWORD' AND ${keywordMatches(fields, Prisma.sql`e.keyword`)})
      OR (e.kind = 'CATEGORY' AND e."categoryId" IN ${categoryAndAncestors(fields.categoryId)})
    )
    ORDER BY e."createdAt", e.id
    LIMIT 1`;
}

/**
 * The condition "the stored product `p` matches this entry", with the entry's
 * values bound as constants so Postgres answers keyword entries from the GIN
 * indexes on the search documents.
 */
export function entryMatchesProduct(entry: EntryRuleValues): Prisma.Sql {
  const product = productColumns("p");
  switch (entry.kind) {
    case "HS_PREFIX":
      return hsPrefixMatches(product, Prisma.sql`${entry.hsPrefix}::text`);
    case "KEYWORD":
      return keywordMatches(product, Prisma.sql`${entry.keyword}::text`);
    case "CATEGORY":
      return Prisma.sql`p."categoryId" IN ${categoryAndDescendants(Prisma.sql`${entry.categoryId}::text`)}`;
  }
}

/**
 * Blocks by this entry every product it matches that no other entry already
 * blocks (only among `onlyProductIds` when given); returns the rows blocked:
 * id, "organizationId".
 */
export function blockMatchingProductsSql(entry: EntryRuleValues, onlyProductIds?: string[]): Prisma.Sql {
  const restriction = onlyProductIds ? Prisma.sql`AND p.id = ANY(${onlyProductIds}::text[])` : Prisma.empty;
  return Prisma.sql`
    UPDATE "Product" p
    SET "blockedByEntryId" = ${entry.id}, "blockedAt" = now()
    WHERE p."blockedByEntryId" IS NULL AND ${entryMatchesProduct(entry)} ${restriction}
    RETURNING p.id, p."organizationId"`;
}

/** Unblocks every product this entry blocks; returns the rows released: id, "organizationId". */
export function releaseEntryProductsSql(entryId: string): Prisma.Sql {
  return Prisma.sql`
    UPDATE "Product" SET "blockedByEntryId" = NULL, "blockedAt" = NULL
    WHERE "blockedByEntryId" = ${entryId}
    RETURNING id, "organizationId"`;
}

/**
 * Inserts one "AuditLog" row per product (filed under its supplier's
 * organization) recording `action` with the entry's rule as data; no rows back.
 */
export function productBlockingAuditSql(input: {
  actorId: string;
  action: string;
  reason: string | null;
  data: string;
  products: { id: string; organizationId: string }[];
}): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "AuditLog" (id, "actorId", action, "entityType", "entityId", "organizationId", reason, data, "createdAt")
    SELECT gen_random_uuid()::text, ${input.actorId}, ${input.action}, 'Product', product.id, product."organizationId", ${input.reason}, ${input.data}::jsonb, now()
    FROM unnest(${input.products.map((p) => p.id)}::text[], ${input.products.map((p) => p.organizationId)}::text[]) AS product(id, "organizationId")`;
}
