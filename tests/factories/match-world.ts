import type { Actor } from "@/lib/auth/actor";
import { createCategory } from "@/lib/fairs/create-category";
import { createFair } from "@/lib/fairs/create-fair";
import { createFairSession } from "@/lib/fairs/create-session";
import { registerForSession } from "@/lib/fairs/register-for-session";
import { createRequirement } from "@/lib/requirements/create-requirement";
import { sessionDay } from "./fairs";
import { createApprovedBuyer, createApprovedSupplier } from "./organizations";
import { ensureCertificateTypes, requirementForm } from "./requirements";
import { uniqueSuffix } from "./unique";
import { createOrganizerActor } from "./users";

/**
 * For reactions, proposals, weights and verification: a published fair with one
 * down-apparel session (no registration approval needed), two buyers and two
 * suppliers registered in it, a supplier that is not, and an open requirement of
 * each buyer. No products: these tests do not score.
 */
export async function createMatchingWorld() {
  await ensureCertificateTypes();
  const organizer = await createOrganizerActor();
  const suffix = uniqueSuffix();
  const category = await createCategory(organizer, {
    slug: `down-${suffix}`,
    nameEn: "Down apparel",
    nameZh: "羽绒服装",
    nameRu: "Пуховая одежда",
  });
  const fair = await createFair(organizer, {
    slug: `matching-fair-${suffix}`,
    nameEn: `Matching Fair ${suffix}`,
    nameZh: `匹配交易会 ${suffix}`,
    nameRu: `Ярмарка подбора ${suffix}`,
    timeZone: "Asia/Shanghai",
    startDate: sessionDay,
    endDate: "2026-06-03",
    publish: true,
  });
  const session = await createFairSession(organizer, {
    fairId: fair.id,
    slug: "down",
    titleEn: "Down jackets",
    titleZh: "羽绒服专场",
    titleRu: "Пуховики",
    startDate: sessionDay,
    endDate: "2026-06-02",
    dailyStart: "10:00",
    dailyEnd: "18:00",
    registrationNeedsApproval: false,
    categorySlugs: [category.slug],
  });
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
