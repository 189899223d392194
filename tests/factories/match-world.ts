import type { Actor } from "@/lib/auth/actor";
import { createCategory } from "@/lib/fairs/create-category";
import { createFair } from "@/lib/fairs/create-fair";
import { createFairSession } from "@/lib/fairs/create-session";
import { decideRegistration, registerForSession } from "@/lib/fairs/register-for-session";
import { db } from "@/lib/db";
import { ensureDefaultCertificateTypes } from "@/lib/suppliers/ensure-default-certificate-types";
import { createRequirement } from "@/lib/requirements/create-requirement";
import { daysFromToday } from "./fairs";
import { createApprovedBuyer, createApprovedSupplier } from "./organizations";
import { ensureCertificateTypes, requirementForm } from "./requirements";
import { uniqueSuffix } from "./unique";
import { createOrganizerActor } from "./users";

/**
 * A published fair (rates 1 USD = 7.20 CNY = 90 RUB) with one session offering
 * "Outerwear" > "Down jackets".
 */
export async function createMatchingFair(organizer: Actor, { registrationNeedsApproval = true } = {}) {
  await ensureDefaultCertificateTypes();
  const suffix = uniqueSuffix();
  const parent = await createCategory(organizer, {
    slug: `outerwear-${suffix}`,
    nameEn: "Outerwear",
    nameZh: "外套",
    nameRu: "Верхняя одежда",
  });
  const category = await createCategory(organizer, {
    slug: `down-${suffix}`,
    parentSlug: parent.slug,
    nameEn: "Down jackets",
    nameZh: "羽绒服",
    nameRu: "Пуховики",
  });
  const fair = await createFair(organizer, {
    slug: `matching-fair-${suffix}`,
    nameEn: `Matching Fair ${suffix}`,
    nameZh: `配对交易会 ${suffix}`,
    nameRu: `Ярмарка подбора ${suffix}`,
    timeZone: "Asia/Shanghai",
    startDate: daysFromToday(60),
    endDate: daysFromToday(62),
    publish: true,
  });
  const session = await createFairSession(organizer, {
    fairId: fair.id,
    slug: "outerwear",
    titleEn: "Outerwear",
    titleZh: "外套专场",
    titleRu: "Верхняя одежда",
    startDate: daysFromToday(60),
    endDate: daysFromToday(61),
    dailyStart: "10:00",
    dailyEnd: "18:00",
    registrationNeedsApproval,
    categorySlugs: [parent.slug, category.slug],
  });
  await db.exchangeRate.createMany({
    data: [
      { fairId: fair.id, currency: "CNY", perUsdCentMicros: 7_200_000n },
      { fairId: fair.id, currency: "RUB", perUsdCentMicros: 90_000_000n },
    ],
  });
  return { fair, session, parent, category };
}

/** Registers the actor's organization for the session and, unless told otherwise, approves it. */
export async function joinSession(actor: Actor, organizer: Actor, sessionId: string, approve = true) {
  const registration = await registerForSession(actor, sessionId);
  if (approve && registration.status !== "APPROVED") await decideRegistration(organizer, registration.id, "approve");
  return registration;
}

/**
 * For reactions, proposals, weights and verification: the matching fair with
 * open registration, two buyers and two suppliers registered in its session, a
 * supplier that is not, and an open down-jacket requirement of each buyer. No
 * products: these tests do not score.
 */
export async function createMatchingWorld() {
  await ensureCertificateTypes();
  const organizer = await createOrganizerActor();
  const { fair, session, category } = await createMatchingFair(organizer, { registrationNeedsApproval: false });
  const [buyer, otherBuyer, supplier, otherSupplier, unregisteredSupplier] = await Promise.all([
    createApprovedBuyer(organizer),
    createApprovedBuyer(organizer),
    createApprovedSupplier(organizer),
    createApprovedSupplier(organizer),
    createApprovedSupplier(organizer),
  ]);
  for (const member of [buyer, otherBuyer, supplier, otherSupplier]) await registerForSession(member.actor, session.id);
  const requirement = await createRequirement(buyer.actor, requirementForm(category.id));
  const otherRequirement = await createRequirement(otherBuyer.actor, requirementForm(category.id));
  return {
    organizer,
    category,
    fair,
    session,
    buyer,
    otherBuyer,
    supplier,
    otherSupplier,
    unregisteredSupplier,
    requirement,
    otherRequirement,
  };
}
export type MatchingWorld = Awaited<ReturnType<typeof createMatchingWorld>>;

export const organizerOfAnotherHost = (): Promise<Actor> => createOrganizerActor();
