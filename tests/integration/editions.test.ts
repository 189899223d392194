/**
 * A fair edition after edition: requirements aim at sessions still ahead, an ended
 * session's requirement is carried over to the next edition, matching never uses
 * an ended session, and each edition's catalogue shows what was listed in it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { createCategory } from "@/lib/fairs/create-category";
import { createFair } from "@/lib/fairs/create-fair";
import { createFairSession } from "@/lib/fairs/create-session";
import { decideRegistration, registerForSession } from "@/lib/fairs/register-for-session";
import { recommendSuppliers } from "@/lib/matching/recommend-suppliers";
import { createRequirement } from "@/lib/requirements/create-requirement";
import { carryOverRequirements } from "@/lib/requirements/carry-over-requirements";
import { searchCatalogue } from "@/lib/catalogue/search-catalogue";
import { getPublicProduct } from "@/lib/catalogue/get-public-product";
import { createApprovedBuyer, createApprovedSupplier } from "../factories/organizations";
import { createOrganizerActor } from "../factories/users";
import { daysFromToday } from "../factories/fairs";
import { ensureCertificateTypes, requirementForm } from "../factories/requirements";
import { insertProduct } from "../factories/catalogue";
import { expectAppError } from "../factories/errors";
import { uniqueSuffix } from "../factories/unique";

/** Registrations and history of the ended edition are recorded as of this instant. */
const inThePastEdition = new Date("2025-05-01T00:00:00Z");

let organizer: Actor;
let buyer: Awaited<ReturnType<typeof createApprovedBuyer>>;
let supplier: Awaited<ReturnType<typeof createApprovedSupplier>>;
let categoryId: string;
let otherCategoryId: string;
let ended: { id: string };
let upcoming: { id: string };

async function edition(suffix: string, startDate: string, endDate: string, categorySlugs: string[]) {
  const fair = await createFair(organizer, {
    slug: `edition-${suffix}`,
    nameEn: `Edition ${suffix}`,
    nameZh: `第${suffix}届`,
    nameRu: `Выпуск ${suffix}`,
    timeZone: "Asia/Shanghai",
    startDate,
    endDate,
    publish: true,
  });
  return createFairSession(organizer, {
    fairId: fair.id,
    slug: "down",
    titleEn: "Down Jackets",
    titleZh: "羽绒服专场",
    titleRu: "Пуховики",
    startDate,
    endDate,
    dailyStart: "10:00",
    dailyEnd: "18:00",
    categorySlugs,
  });
}

beforeAll(async () => {
  organizer = await createOrganizerActor();
  await ensureCertificateTypes();
  const suffix = uniqueSuffix();
  const down = await createCategory(organizer, {
    slug: `down-${suffix}`,
    nameEn: "Down",
    nameZh: "羽绒",
    nameRu: "Пух",
  });
  const toys = await createCategory(organizer, {
    slug: `toys-${suffix}`,
    nameEn: "Toys",
    nameZh: "玩具",
    nameRu: "Игрушки",
  });
  categoryId = down.id;
  otherCategoryId = toys.id;
  ended = await edition(`${suffix}-2025`, "2025-06-02", "2025-06-03", [down.slug, toys.slug]);
  upcoming = await edition(`${suffix}-next`, daysFromToday(60), daysFromToday(61), [down.slug]);
  await edition(`${suffix}-toys`, daysFromToday(90), daysFromToday(91), [toys.slug]);
  buyer = await createApprovedBuyer(organizer);
  supplier = await createApprovedSupplier(organizer);
  for (const member of [buyer, supplier]) {
    for (const [session, now] of [
      [ended, inThePastEdition],
      [upcoming, new Date()],
    ] as const) {
      const registration = await registerForSession(member.actor, session.id, { now });
      if (registration.status === "PENDING") await decideRegistration(organizer, registration.id, "approve");
    }
  }
  await insertProduct(supplier.organization.id, categoryId, { nameEn: "Parka listed today" });
  await insertProduct(supplier.organization.id, categoryId, {
    nameEn: "Parka listed in 2025",
    createdAt: new Date("2025-05-20T00:00:00Z"),
  });
});

describe("a new requirement", () => {
  it("without a session is matched in the next session of its category, never the ended one", async () => {
    const requirement = await createRequirement(
      buyer.actor,
      requirementForm(categoryId, { requiredCertifications: [] }),
    );
    expect(requirement.sessionId).toBeNull();
    const matched = await recommendSuppliers(buyer.actor, requirement.id);
    expect(matched.session?.id).toBe(upcoming.id);
    expect(matched.sessionOver).toBe(false);
  });

  it("may target a session ahead, not an ended one nor one without its category", async () => {
    const targeted = await createRequirement(buyer.actor, requirementForm(categoryId, { sessionId: upcoming.id }));
    expect(targeted.sessionId).toBe(upcoming.id);
    const endedError = await expectAppError(
      createRequirement(buyer.actor, requirementForm(categoryId, { sessionId: ended.id })),
      "SESSION_ENDED",
    );
    expect(endedError.fields).toEqual({ sessionId: "sessionEnded" });
    const toysOnly = await db.fairSession.findFirstOrThrow({
      where: { categories: { some: { categoryId: otherCategoryId } }, id: { not: ended.id } },
    });
    await expectAppError(
      createRequirement(buyer.actor, requirementForm(categoryId, { sessionId: toysOnly.id })),
      "VALIDATION",
      "requirementSessionCategory",
    );
  });
});

describe("carrying a requirement over to the next edition", () => {
  it("copies an ended session's open requirement into the next session and closes the original", async () => {
    const old = await createRequirement(
      buyer.actor,
      requirementForm(categoryId, { sessionId: ended.id, neededBy: "2025-07-01" }),
      { now: inThePastEdition },
    );
    const before = await recommendSuppliers(buyer.actor, old.id);
    expect(before).toMatchObject({ sessionOver: true, recommendations: [] });

    const [copy] = await carryOverRequirements(buyer.actor, { requirementIds: [old.id] });
    expect(copy).toMatchObject({ sessionId: upcoming.id, carriedOverFromId: old.id, status: "OPEN" });
    expect(copy.textRu).toBe(old.textRu);
    expect((await db.purchasingRequirement.findUniqueOrThrow({ where: { id: old.id } })).status).toBe("CLOSED");
    expect((await recommendSuppliers(buyer.actor, copy.id)).session?.id).toBe(upcoming.id);

    // Once only, also when both clicks arrive together.
    await expectAppError(carryOverRequirements(buyer.actor, { requirementIds: [old.id] }), "CONFLICT");
  });

  it("refuses a requirement whose session is still ahead, and another buyer's requirement", async () => {
    const current = await createRequirement(buyer.actor, requirementForm(categoryId, { sessionId: upcoming.id }));
    await expectAppError(
      carryOverRequirements(buyer.actor, { requirementIds: [current.id] }),
      "INVALID_STATE",
      "requirementNotCarriable",
    );
    const stranger = await createApprovedBuyer(organizer);
    await expectAppError(
      carryOverRequirements(stranger.actor, { requirementIds: [current.id] }),
      "NOT_FOUND",
      "requirementNotFound",
    );
  });

  it("makes one copy when the same requirement is carried over twice at once", async () => {
    const old = await createRequirement(
      buyer.actor,
      requirementForm(categoryId, { sessionId: ended.id, neededBy: "2025-07-01" }),
      { now: inThePastEdition },
    );
    const results = await Promise.allSettled([
      carryOverRequirements(buyer.actor, { requirementIds: [old.id] }),
      carryOverRequirements(buyer.actor, { requirementIds: [old.id] }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.purchasingRequirement.count({ where: { carriedOverFromId: old.id } })).toBe(1);
  });
});

describe("each edition's catalogue", () => {
  const names = async (sessionId: string) =>
    (await searchCatalogue({ sessionId, pageSize: 60 })).hits.map((hit) => hit.nameEn).sort();

  it("shows in an ended session only what was listed before it ended, and today's listings in the next", async () => {
    expect(await names(ended.id)).toEqual(["Parka listed in 2025"]);
    expect(await names(upcoming.id)).toEqual(["Parka listed in 2025", "Parka listed today"]);
  });

  it("links a product listed today to the sessions it is offered in now, not to the ended one", async () => {
    const today = await db.product.findFirstOrThrow({ where: { nameEn: "Parka listed today" } });
    const product = await getPublicProduct(today.id);
    expect(product?.sessions.map((session) => session.id)).toEqual([upcoming.id]);
  });
});
