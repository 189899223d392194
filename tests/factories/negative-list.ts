import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { createCategory } from "@/lib/fairs/create-category";
import { addNegativeListEntry } from "@/lib/negative-list/add-entry";
import type { AddNegativeListEntryInput } from "@/lib/negative-list/schemas";
import { uniqueSuffix } from "./unique";

/** A parent category with two children, e.g. "Outerwear" > "Down jackets", "Raincoats". */
export async function createCategoryTree(organizer: Actor) {
  const suffix = uniqueSuffix();
  const names = (en: string, zh: string, ru: string) => ({
    nameEn: `${en} ${suffix}`,
    nameZh: `${zh}${suffix}`,
    nameRu: `${ru} ${suffix}`,
  });
  const parent = await createCategory(organizer, {
    slug: `outerwear-${suffix}`,
    ...names("Outerwear", "外套", "Верхняя одежда"),
  });
  const child = await createCategory(organizer, {
    slug: `down-jackets-${suffix}`,
    parentSlug: parent.slug,
    ...names("Down jackets", "羽绒服", "Пуховики"),
  });
  const sibling = await createCategory(organizer, { slug: `toys-${suffix}`, ...names("Toys", "玩具", "Игрушки") });
  return { parent, child, sibling };
}

export type StoredProductFields = {
  categoryId: string;
  hsCode?: string;
  nameEn?: string | null;
  nameZh?: string | null;
  nameRu?: string | null;
  descriptionEn?: string | null;
  descriptionZh?: string | null;
  descriptionRu?: string | null;
};

/**
 * A product row as if listed before the negative list changed. Written
 * directly: the products domain would (rightly) refuse a matching product now.
 */
export function insertStoredProduct(organizationId: string, fields: StoredProductFields) {
  return db.product.create({
    data: { organizationId, hsCode: "610110", moq: 100, moqUnit: "pcs", currency: "CNY", ...fields },
  });
}

/** A keyword entry with a reason in all three languages. */
export function addKeywordEntry(organizer: Actor, keyword: string, overrides: Partial<AddNegativeListEntryInput> = {}) {
  return addNegativeListEntry(organizer, {
    kind: "KEYWORD",
    keyword,
    reasonEn: `Keyword ${keyword} is banned.`,
    reasonZh: `关键词 ${keyword} 被禁止。`,
    reasonRu: `Ключевое слово ${keyword} запрещено.`,
    ...overrides,
  });
}
