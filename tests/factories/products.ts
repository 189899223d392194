import type { Actor } from "@/lib/auth/actor";
import { createCategory } from "@/lib/fairs/create-category";
import { createFair } from "@/lib/fairs/create-fair";
import { createFairSession } from "@/lib/fairs/create-session";
import { createProduct, type ProductWriteOptions } from "@/lib/products/create-product";
import type { ProductInput } from "@/lib/products/schemas";
import { ensureDefaultCertificateTypes } from "@/lib/suppliers/ensure-default-certificate-types";
import { createOrganizationWithStatus } from "./organizations";
import { uniqueSuffix } from "./unique";
import { createOrganizerActor } from "./users";

/**
 * What product tests need: an organizer, a published fair whose session lists a
 * category, a category of an unpublished fair, two approved suppliers and the
 * standard certificate types.
 */
export async function createCatalogueWorld() {
  await ensureDefaultCertificateTypes();
  const organizer = await createOrganizerActor();
  const suffix = uniqueSuffix();
  const category = await createCategory(organizer, {
    slug: `down-apparel-${suffix}`,
    nameEn: "Down jackets",
    nameZh: "羽绒服装",
    nameRu: "Пуховики",
    hsChapters: ["62"],
  });
  const draftCategory = await createCategory(organizer, {
    slug: `draft-only-${suffix}`,
    nameEn: "Draft only",
    nameZh: "草稿类别",
    nameRu: "Только черновик",
  });
  await sessionWith(organizer, [category.slug], true);
  await sessionWith(organizer, [draftCategory.slug], false);
  const supplier = await createOrganizationWithStatus("SUPPLIER", "APPROVED", organizer);
  const otherSupplier = await createOrganizationWithStatus("SUPPLIER", "APPROVED", organizer);
  return { organizer, category, draftCategory, supplier, otherSupplier };
}

async function sessionWith(organizer: Actor, categorySlugs: string[], publish: boolean) {
  const suffix = uniqueSuffix();
  const fair = await createFair(organizer, {
    slug: `product-fair-${suffix}`,
    nameEn: `Product Fair ${suffix}`,
    nameZh: `产品交易会 ${suffix}`,
    nameRu: `Товарная ярмарка ${suffix}`,
    timeZone: "Asia/Shanghai",
    startDate: "2026-09-01",
    endDate: "2026-09-03",
    publish,
  });
  return createFairSession(organizer, {
    fairId: fair.id,
    slug: "down-jackets",
    titleEn: "Down Jackets",
    titleZh: "羽绒服专场",
    titleRu: "Пуховики",
    startDate: "2026-09-01",
    endDate: "2026-09-02",
    dailyStart: "10:00",
    dailyEnd: "18:00",
    categorySlugs,
  });
}

/** A valid product form as the browser sends it: every value a string. */
export function productInput(categoryId: string, overrides: Partial<ProductInput> = {}): ProductInput {
  return {
    nameZh: "男士羽绒服",
    nameEn: "Men's down jacket",
    nameRu: "Пуховик мужской",
    descriptionZh: "90%白鸭绒，防风面料，可拆卸帽。",
    descriptionEn: "90% white duck down, windproof shell, detachable hood.",
    descriptionRu: "90% белого утиного пуха, ветрозащитная ткань, съёмный капюшон.",
    categoryId,
    hsCode: "6201400000",
    moq: "300",
    moqUnit: "piece",
    priceMin: "185.50",
    priceMax: "240",
    currency: "CNY",
    leadTimeDays: "35",
    certifications: ["EAC", "OEKO-TEX"],
    ...overrides,
  };
}

export function createTestProduct(
  actor: Actor,
  categoryId: string,
  overrides: Partial<ProductInput> = {},
  options?: ProductWriteOptions,
) {
  return createProduct(actor, productInput(categoryId, overrides), options);
}
