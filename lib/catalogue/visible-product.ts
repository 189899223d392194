import { Prisma } from "@/lib/generated/prisma/client";

/*
 * The one definition of "a product buyers may see", for Prisma and SQL alike. Each
 * rule comes as a pair, a Prisma `where` and a SQL condition, built side by side so
 * a change to one shows in the other; tests/integration/visible-product.test.ts
 * proves each pair selects exactly the same rows. An edition's catalogue adds its
 * session (the supplier approved for it, the session's categories) and shows only
 * what was listed before the session ended: listedBeforeSql.
 */

/** The product's own state: its supplier has not hidden it and no negative-list entry blocks it. */
export const listedProductWhere = {
  visibility: "VISIBLE",
  blockedByEntryId: null,
} satisfies Prisma.ProductWhereInput;

/**
 * listedProductWhere for the "Product" row under `product`. Holds no parameters, so
 * its `.text` also drops into a plain pg statement.
 */
export function listedProductSql(product = "p"): Prisma.Sql {
  return Prisma.raw(`${product}.visibility = 'VISIBLE' AND ${product}."blockedByEntryId" IS NULL`);
}

/** A supplier buyers may see: approved by the organizers (not pending, rejected or suspended). */
export const approvedSupplierWhere = {
  kind: "SUPPLIER",
  status: "APPROVED",
} satisfies Prisma.OrganizationWhereInput;

/** approvedSupplierWhere for the "Organization" row under `organization`; no parameters either. */
export function approvedSupplierSql(organization = "o"): Prisma.Sql {
  return Prisma.raw(`${organization}.kind = 'SUPPLIER' AND ${organization}.status = 'APPROVED'`);
}

/** A product buyers may see outside any one session (its public page, its images): listed, of an approved supplier. */
export const visibleProductWhere = {
  ...listedProductWhere,
  organization: approvedSupplierWhere,
} satisfies Prisma.ProductWhereInput;

/** visibleProductWhere for the "Product" row under `product`. */
export function visibleProductSql(product = "p"): Prisma.Sql {
  return Prisma.sql`${listedProductSql(product)} AND EXISTS (
    SELECT 1 FROM "Organization" supplier
    WHERE supplier.id = ${Prisma.raw(product)}."organizationId" AND ${approvedSupplierSql("supplier")})`;
}

/**
 * Per edition: a session's catalogue shows what was listed before the session ended
 * (all of today's listings for a session still ahead or live; an ended one is the
 * archive of its days). `endsAt` is an SQL instant, e.g. sessionEndsAtSql(...).
 */
export function listedBeforeSql(product: string, endsAt: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(product)}."createdAt" < ${endsAt}`;
}
