import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { firstMatchingEntrySql } from "./blocking-sql";
import { shareListLock } from "./match-sql";

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
  /** For CATEGORY entries: the category's names, so a message can name it in the reader's language. */
  ruleNames?: { en: string; zh: string; ru: string };
};

type MatchRow = {
  id: string;
  kind: NegativeListMatch["kind"];
  hsPrefix: string | null;
  keyword: string | null;
  categorySlug: string | null;
  categoryNameEn: string | null;
  categoryNameZh: string | null;
  categoryNameRu: string | null;
  reasonEn: string;
  reasonZh: string;
  reasonRu: string;
};

/**
 * The first active negative-list entry the product matches (oldest first), or
 * null. Runs in the caller's transaction so a product is screened and saved
 * atomically; it also takes the list's shared lock so an entry added meanwhile
 * waits for this save and then screens the saved product retroactively.
 *
 * Entries scoped to one fair (fairId set) are applied to every product: a
 * supplier can register for a fair after listing a product, and a product must
 * not become visible there unscreened. Entries created in the console are
 * platform-wide anyway.
 */
export async function findNegativeListMatch(
  tx: Prisma.TransactionClient,
  product: ProductForScreening,
): Promise<NegativeListMatch | null> {
  await tx.$executeRaw(shareListLock);
  const rows = await tx.$queryRaw<MatchRow[]>(firstMatchingEntrySql(product));
  const row = rows[0];
  if (!row) return null;
  return {
    entryId: row.id,
    kind: row.kind,
    rule: row.hsPrefix ?? row.keyword ?? row.categorySlug ?? "",
    reasonEn: row.reasonEn,
    reasonZh: row.reasonZh,
    reasonRu: row.reasonRu,
    ...(row.kind === "CATEGORY"
      ? { ruleNames: { en: row.categoryNameEn ?? "", zh: row.categoryNameZh ?? "", ru: row.categoryNameRu ?? "" } }
      : {}),
  };
}
