import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BlockedProduct, EntryRule } from "./block-matching-products";
import { productBlockingAuditSql } from "./blocking-sql";

/**
 * One audit row per product hidden or shown again, filed under the supplier's
 * organization so it appears in that supplier's history. Written in one
 * statement: a broad entry may hide thousands of products, and a row-by-row
 * insert would hold the list's lock (and every product save) for seconds.
 */
export async function auditProductBlocking(
  tx: Prisma.TransactionClient,
  actorId: string,
  action: "product.blocked" | "product.unblocked",
  entry: EntryRule & { reasonEn: string; reasonZh: string; reasonRu: string },
  products: BlockedProduct[],
): Promise<void> {
  if (products.length === 0) return;
  const reason = entry.reasonEn || entry.reasonZh || entry.reasonRu || null;
  const data = JSON.stringify({
    entryId: entry.id,
    kind: entry.kind,
    rule: entry.hsPrefix ?? entry.keyword ?? entry.categoryId,
  });
  await tx.$executeRaw(productBlockingAuditSql({ actorId, action, reason, data, products }));
}
