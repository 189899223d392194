import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { setExchangeRates } from "@/lib/catalogue/set-exchange-rates";
import { createCategory } from "@/lib/fairs/create-category";
import { createFair } from "@/lib/fairs/create-fair";
import { createFairSession } from "@/lib/fairs/create-session";
import { decideRegistration, registerForSession } from "@/lib/fairs/register-for-session";
import type { Prisma } from "@/lib/generated/prisma/client";
import { reviewOrganization } from "@/lib/organizations/review-organization";
import { writeProductSearchDocuments } from "@/lib/search";
import { daysFromToday } from "./fairs";
import { createOrganizationWithStatus } from "./organizations";
import { uniqueSuffix } from "./unique";
import { createOrganizerActor } from "./users";

/** A published fair with one session over two categories, and the fair's rates (7.20 CNY, 90 RUB per USD). */
export async function createCatalogueSession(options: { publish?: boolean; organizer?: Actor; rates?: boolean } = {}) {
  const organizer = options.organizer ?? (await createOrganizerActor());
  const suffix = uniqueSuffix();
  const category = (slug: string, en: string, zh: string, ru: string) =>
    createCategory(organizer, { slug: `${slug}-${suffix}`, nameEn: en, nameZh: zh, nameRu: ru });
  const down = await category("down", "Down apparel", "羽绒服装", "Пуховая одежда");
  const fabrics = await category("fabrics", "Fabrics", "面料", "Ткани");
  const toys = await category("toys", "Toys", "玩具", "Игрушки");
  const fair = await createFair(organizer, {
    slug: `catalogue-fair-${suffix}`,
    nameEn: `Catalogue Fair ${suffix}`,
    nameZh: `目录交易会 ${suffix}`,
    nameRu: `Ярмарка каталога ${suffix}`,
    timeZone: "Asia/Shanghai",
    startDate: daysFromToday(60),
    endDate: daysFromToday(69),
    publish: options.publish ?? true,
  });
  const session = await createFairSession(organizer, {
    fairId: fair.id,
    slug: "apparel",
    titleEn: "Apparel",
    titleZh: "服装专场",
    titleRu: "Одежда",
    startDate: daysFromToday(60),
    endDate: daysFromToday(61),
    dailyStart: "10:00",
    dailyEnd: "18:00",
    categorySlugs: [down.slug, fabrics.slug],
  });
  if (options.rates ?? true) await setExchangeRates(organizer, { fairId: fair.id, CNY: "7.20", RUB: "90.00" });
  return { organizer, fair, session, categories: { down, fabrics, toys } };
}

/** An approved supplier in `city`, registered for the session and approved there (unless told otherwise). */
export async function createExhibitor(
  organizer: Actor,
  sessionId: string,
  options: {
    city?: string;
    registration?: "APPROVED" | "PENDING" | "NONE";
    names?: Partial<Record<"nameEn" | "nameZh" | "nameRu", string>>;
  } = {},
) {
  const { organization, actor } = await createOrganizationWithStatus("SUPPLIER", "APPROVED", organizer);
  await db.organization.update({
    where: { id: organization.id },
    data: { city: options.city ?? "Ningbo", ...options.names },
  });
  const registration = options.registration ?? "APPROVED";
  if (registration !== "NONE") {
    const registered = await registerForSession(actor, sessionId);
    if (registration === "APPROVED" && registered.status === "PENDING") {
      await decideRegistration(organizer, registered.id, "approve");
    }
  }
  return { organization, actor };
}

/** Suspends an organization through the real review decision. */
export async function suspend(organizer: Actor, organizationId: string) {
  await reviewOrganization(organizer, {
    organizationId,
    decision: "suspend",
    reason: "Repeated no-shows at scheduled negotiations.",
  });
}

/**
 * A product row written directly (the product forms belong to another part of
 * the app): a down jacket in CNY unless overridden.
 */
export async function insertProduct(
  organizationId: string,
  categoryId: string,
  data: Partial<Prisma.ProductUncheckedCreateInput> = {},
  /** As the app does, the product gets its search document; `false` leaves it NULL (never written yet). */
  options: { searchDocument?: boolean } = {},
) {
  const product = await db.product.create({
    data: {
      organizationId,
      categoryId,
      nameZh: "羽绒服",
      nameEn: "Down jacket",
      nameRu: "Пуховик",
      hsCode: "6201400000",
      moq: 100,
      moqUnit: "piece",
      priceMinMinor: 20000n,
      priceMaxMinor: 30000n,
      currency: "CNY",
      ...data,
    },
  });
  if (options.searchDocument !== false) await writeProductSearchDocuments(db, { productIds: [product.id] });
  return product;
}
