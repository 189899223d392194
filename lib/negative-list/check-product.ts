import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The product fields the negative list looks at. */
export type ProductForScreening = {
  categoryId: string;
  hsCode: string;
  nameEn?: string | null;
  nameZh?: string | null;
  nameRu?: string | null;
  descriptionEn?: string | null;
  descriptionZh?: string | null;
  descriptionRu?: string | null;
};

export type NegativeListMatch = {
  entryId: string;
  kind: "HS_PREFIX" | "KEYWORD" | "CATEGORY";
  rule: string; // the HS prefix, keyword or category slug that matched
  reasonEn: string;
  reasonZh: string;
  reasonRu: string;
};

/**
 * The first active negative-list entry the product matches, or null. Runs in
 * the caller's transaction so a product is screened and saved atomically.
 * TODO(issue 3, negative-list helper): implement — HS prefix, keyword in any
 * language (Russian/English word forms via fb_search_ru/fb_search_en, Chinese by
 * substring), whole category.
 */
export async function findNegativeListMatch(
  _tx: Prisma.TransactionClient,
  _product: ProductForScreening,
): Promise<NegativeListMatch | null> {
  return null;
}
