import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { createCategory } from "@/lib/fairs/create-category";
import { createFair } from "@/lib/fairs/create-fair";
import { createFairSession } from "@/lib/fairs/create-session";
import type { RequirementInput } from "@/lib/requirements/schemas";
import { daysFromToday } from "./fairs";
import { uniqueSuffix } from "./unique";

/**
 * A published fair whose session offers `offered`, and a draft fair whose
 * session offers `draftOnly` (outside the session taxonomy buyers choose from).
 */
export async function createSessionTaxonomy(organizer: Actor) {
  const suffix = uniqueSuffix();
  const category = (slug: string, en: string, zh: string, ru: string) =>
    createCategory(organizer, { slug: `${slug}-${suffix}`, nameEn: en, nameZh: zh, nameRu: ru });
  const offered = await category("down-apparel", "Down apparel", "羽绒服装", "Пуховая одежда");
  const alsoOffered = await category("toys", "Toys", "玩具", "Игрушки");
  const draftOnly = await category("drafts", "Draft category", "草稿类目", "Черновая категория");
  const unused = await category("unused", "Unused category", "未使用类目", "Неиспользуемая категория");

  for (const [publish, slugs] of [
    [true, [offered.slug, alsoOffered.slug]],
    [false, [draftOnly.slug]],
  ] as const) {
    const fair = await createFair(organizer, {
      slug: `taxonomy-${publish ? "live" : "draft"}-${suffix}`,
      nameEn: "Taxonomy fair",
      nameZh: "类目展会",
      nameRu: "Ярмарка категорий",
      timeZone: "Asia/Shanghai",
      startDate: daysFromToday(60),
      endDate: daysFromToday(62),
      publish,
    });
    await createFairSession(organizer, {
      fairId: fair.id,
      slug: "main",
      titleEn: "Main",
      titleZh: "主会场",
      titleRu: "Основная",
      startDate: daysFromToday(60),
      endDate: daysFromToday(61),
      dailyStart: "10:00",
      dailyEnd: "18:00",
      categorySlugs: [...slugs],
    });
  }
  await ensureCertificateTypes();
  return { offered, alsoOffered, draftOnly, unused };
}

/** The certificate types the demo installs; idempotent. */
export async function ensureCertificateTypes() {
  await db.certificateType.createMany({
    data: [
      { code: "EAC", nameEn: "EAC", nameZh: "EAC 认证", nameRu: "ЕАС" },
      { code: "OEKO-TEX", nameEn: "OEKO-TEX Standard 100", nameZh: "OEKO-TEX 认证", nameRu: "OEKO-TEX Standard 100" },
    ],
    skipDuplicates: true,
  });
}

/** A complete, valid requirement as the form submits it (strings). */
export function requirementForm(categoryId: string, overrides: Partial<RequirementInput> = {}): RequirementInput {
  return {
    categoryId,
    textRu: "Мужские пуховики, наполнитель утиный пух 90/10, размеры 46–56",
    textEn: "",
    textZh: "",
    quantity: "2 000",
    unit: "piece",
    targetPrice: "45,50",
    currency: "USD",
    requiredCertifications: ["EAC"],
    incoterm: "FOB",
    destinationCity: "Москва",
    neededBy: daysFromToday(60),
    ...overrides,
  };
}
