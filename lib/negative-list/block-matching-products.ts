import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { NegativeListKind } from "@/lib/generated/prisma/enums";
import { categoryAndDescendants, hsPrefixMatches, keywordMatches, productColumns } from "./match-sql";

export type EntryRule = {
  id: string;
  kind: NegativeListKind;
  hsPrefix: string | null;
  keyword: string | null;
  categoryId: string | null;
};

export type BlockedProduct = { id: string; organizationId: string };

export function entryMatchesProduct(entry: EntryRule): Prisma.Sql {
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
 * Hides, in one statement, every product the entry matches that no other entry
 * already blocks (optionally only among `onlyProductIds`). The entry's values
 * are bound as constants, so Postgres answers keyword entries from the GIN
 * indexes on the search documents.
 */
export async function blockProductsMatchingEntry(
  tx: Prisma.TransactionClient,
  entry: EntryRule,
  onlyProductIds?: string[],
): Promise<BlockedProduct[]> {
  if (onlyProductIds?.length === 0) return [];
  const restriction = onlyProductIds ? Prisma.sql`AND p.id = ANY(${onlyProductIds}::text[])` : Prisma.empty;
  return tx.$queryRaw<BlockedProduct[]>`
    UPDATE "Product" p
    SET "blockedByEntryId" = ${entry.id}, "blockedAt" = now()
    WHERE p."blockedByEntryId" IS NULL AND ${entryMatchesProduct(entry)} ${restriction}
    RETURNING p.id, p."organizationId"`;
}
