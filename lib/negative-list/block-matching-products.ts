import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NegativeListKind } from "@/lib/generated/prisma/enums";
import { blockMatchingProductsSql } from "./blocking-sql";

export type EntryRule = {
  id: string;
  kind: NegativeListKind;
  hsPrefix: string | null;
  keyword: string | null;
  categoryId: string | null;
};

export type BlockedProduct = { id: string; organizationId: string };

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
  return tx.$queryRaw<BlockedProduct[]>(blockMatchingProductsSql(entry, onlyProductIds));
}
