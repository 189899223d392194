import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { createRequirement } from "@/lib/requirements/create-requirement";
import { getOwnRequirement, listOwnRequirements } from "@/lib/requirements/list-own-requirements";
import { closeRequirement, reopenRequirement } from "@/lib/requirements/set-requirement-status";
import { updateRequirement } from "@/lib/requirements/update-requirement";
import { expectAppError, expectValidationError, isTranslatedErrorKey } from "../factories/errors";
import { createApprovedBuyer, createApprovedSupplier, createOrganizationWithStatus } from "../factories/organizations";
import { daysFromToday } from "../factories/fairs";
import { createSessionTaxonomy, requirementForm } from "../factories/requirements";
import { createInterpreterActor, createOrganizerActor } from "../factories/users";

let organizer: Actor;
let buyer: Actor;
let otherBuyer: Actor;
let taxonomy: Awaited<ReturnType<typeof createSessionTaxonomy>>;

beforeAll(async () => {
  organizer = await createOrganizerActor();
  [buyer, otherBuyer] = (await Promise.all([createApprovedBuyer(organizer), createApprovedBuyer(organizer)])).map(
    (b) => b.actor,
  );
  taxonomy = await createSessionTaxonomy(organizer);
});

const form = (overrides: Parameters<typeof requirementForm>[1] = {}) => requirementForm(taxonomy.offered.id, overrides);

describe("posting a purchasing requirement", () => {
  it("stores every field in its proper type, owned by the buyer's organization, and audits it", async () => {
    const requirement = await createRequirement(buyer, form());
    expect(requirement).toMatchObject({
      organizationId: buyer.organizationId,
      categoryId: taxonomy.offered.id,
      textRu: "Мужские пуховики, наполнитель утиный пух 90/10, размеры 46–56",
      textEn: null,
      textZh: null,
      quantity: 2000,
      unit: "piece",
      targetPriceMinor: 4550n,
      currency: "USD",
      requiredCertifications: ["EAC"],
      incoterm: "FOB",
      destinationCity: "Москва",
      neededBy: new Date(`${daysFromToday(60)}T00:00:00Z`),
      status: "OPEN",
    });
    const audit = await db.auditLog.findMany({ where: { entityId: requirement.id } });
    expect(audit).toEqual([
      expect.objectContaining({
        action: "requirement.created",
        actorId: buyer.id,
        organizationId: buyer.organizationId,
      }),
    ]);
  });

  it("takes only the required fields; a buyer can have many", async () => {
    const minimal = {
      textRu: "",
      textZh: "儿童玩具 木制",
      targetPrice: "",
      currency: "",
      requiredCertifications: [],
      incoterm: "",
      destinationCity: "",
      neededBy: "",
    };
    const first = await createRequirement(otherBuyer, requirementForm(taxonomy.alsoOffered.id, minimal));
    const second = await createRequirement(
      otherBuyer,
      requirementForm(taxonomy.alsoOffered.id, { ...minimal, quantity: "10" }),
    );
    expect(first).toMatchObject({
      textZh: "儿童玩具 木制",
      targetPriceMinor: null,
      currency: null,
      incoterm: null,
      destinationCity: null,
      neededBy: null,
    });
    expect((await listOwnRequirements(otherBuyer)).map((r) => r.id).sort()).toEqual([first.id, second.id].sort());
  });

  it("accepts today as the needed-by date", async () => {
    // Today where the buyer is (the rule's day): in Moscow it is already tomorrow from 21:00 UTC.
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: buyer.timeZone }).format(new Date());
    await createRequirement(buyer, form({ neededBy: today }));
  });

  it.each([
    ["categoryId", { categoryId: "" }, "requirementCategoryRequired"],
    ["textRu", { textRu: " ", textEn: "", textZh: "" }, "requirementTextRequired"],
    ["textEn", { textEn: "x".repeat(2001) }, "tooLong"],
    ["quantity", { quantity: "" }, "requirementQuantityInvalid"],
    ["quantity", { quantity: "0" }, "requirementQuantityInvalid"],
    ["quantity", { quantity: "2.5" }, "requirementQuantityInvalid"],
    ["quantity", { quantity: "-3" }, "requirementQuantityInvalid"],
    ["quantity", { quantity: "1000000001" }, "requirementQuantityInvalid"],
    ["unit", { unit: "bucket" as never }, "requirementUnitRequired"],
    ["targetPrice", { targetPrice: "abc" }, "moneyInvalid"],
    ["targetPrice", { targetPrice: "1.005" }, "moneyTooManyDecimals"],
    ["targetPrice", { targetPrice: "0" }, "requirementPricePositive"],
    ["currency", { currency: "" }, "requirementCurrencyRequired"],
    ["currency", { currency: "EUR" as never }, "requirementCurrencyRequired"],
    ["incoterm", { incoterm: "FOBB" as never }, "requirementIncotermInvalid"],
    ["destinationCity", { destinationCity: "М".repeat(101) }, "tooLong"],
    ["neededBy", { neededBy: "01.09.2030" }, "dateInvalid"],
    ["neededBy", { neededBy: "2030-02-30" }, "dateInvalid"],
  ])("refuses a bad %s (%j) with %s", async (field, overrides, key) => {
    const errors = await expectValidationError(createRequirement(buyer, form(overrides)));
    expect(errors[field]).toBe(key);
    expect(isTranslatedErrorKey(key), key).toBe(true);
  });

  it.each([
    ["categoryId", { categoryId: "missing" }, "requirementCategoryRequired"],
    ["categoryId", { categoryId: "draft" }, "requirementCategoryRequired"],
    ["categoryId", { categoryId: "unused" }, "requirementCategoryRequired"],
    ["requiredCertifications", { requiredCertifications: ["EAC", "NOPE"] }, "requirementCertificationUnknown"],
    ["neededBy", { neededBy: daysFromToday(-2) }, "requirementNeededByPast"],
  ])("refuses %s outside what exists (%j)", async (field, overrides, key) => {
    const ids: Record<string, string> = { draft: taxonomy.draftOnly.id, unused: taxonomy.unused.id };
    const input = { ...overrides } as Record<string, unknown>;
    if (typeof input.categoryId === "string" && ids[input.categoryId]) input.categoryId = ids[input.categoryId];
    const before = await db.purchasingRequirement.count();
    const error = await expectAppError(createRequirement(buyer, form(input)), "VALIDATION", key);
    expect(error.fields).toEqual({ [field]: key });
    expect(isTranslatedErrorKey(key), key).toBe(true);
    expect(await db.purchasingRequirement.count()).toBe(before);
  });

  it("refuses buyers that are not approved, and everyone who is not a buyer", async () => {
    const before = await db.purchasingRequirement.count();
    for (const status of ["PENDING", "REJECTED", "SUSPENDED"] as const) {
      const { actor } = await createOrganizationWithStatus("BUYER", status, organizer);
      await expectAppError(createRequirement(actor, form()), "FORBIDDEN", `organization${status}`);
    }
    const supplier = (await createApprovedSupplier(organizer)).actor;
    for (const actor of [supplier, organizer, await createInterpreterActor(organizer)]) {
      await expectAppError(createRequirement(actor, form()), "FORBIDDEN", "forbidden");
    }
    expect(await db.purchasingRequirement.count()).toBe(before);
  });
});

describe("editing, closing and reopening", () => {
  it("updates the buyer's own requirement and audits it", async () => {
    const requirement = await createRequirement(buyer, form());
    const updated = await updateRequirement(buyer, {
      ...form({ quantity: "5000", textEn: "Men's down jackets", incoterm: "DAP", targetPrice: "", currency: "USD" }),
      requirementId: requirement.id,
    });
    expect(updated).toMatchObject({
      id: requirement.id,
      quantity: 5000,
      textEn: "Men's down jackets",
      incoterm: "DAP",
      targetPriceMinor: null,
      currency: null,
    });
    expect(await db.auditLog.count({ where: { entityId: requirement.id, action: "requirement.updated" } })).toBe(1);
  });

  it("keeps a needed-by date that has passed since, but refuses moving it into the past", async () => {
    const requirement = await createRequirement(buyer, form());
    const past = new Date(`${daysFromToday(-5)}T00:00:00Z`);
    await db.purchasingRequirement.update({ where: { id: requirement.id }, data: { neededBy: past } });
    await updateRequirement(buyer, {
      ...form({ neededBy: daysFromToday(-5), quantity: "7" }),
      requirementId: requirement.id,
    });
    await expectAppError(
      updateRequirement(buyer, { ...form({ neededBy: daysFromToday(-6) }), requirementId: requirement.id }),
      "VALIDATION",
      "requirementNeededByPast",
    );
  });

  it("never lets a buyer read, edit, close or reopen another buyer's requirement", async () => {
    const requirement = await createRequirement(buyer, form());
    const before = await db.purchasingRequirement.findUniqueOrThrow({ where: { id: requirement.id } });
    await expectAppError(
      updateRequirement(otherBuyer, { ...form({ quantity: "1" }), requirementId: requirement.id }),
      "NOT_FOUND",
      "requirementNotFound",
    );
    await expectAppError(
      closeRequirement(otherBuyer, { requirementId: requirement.id }),
      "NOT_FOUND",
      "requirementNotFound",
    );
    await closeRequirement(buyer, { requirementId: requirement.id });
    await expectAppError(
      reopenRequirement(otherBuyer, { requirementId: requirement.id }),
      "NOT_FOUND",
      "requirementNotFound",
    );
    expect(await getOwnRequirement(otherBuyer, requirement.id)).toBeNull();
    expect((await listOwnRequirements(otherBuyer)).some((r) => r.id === requirement.id)).toBe(false);
    expect(await db.purchasingRequirement.findUniqueOrThrow({ where: { id: requirement.id } })).toMatchObject({
      quantity: before.quantity,
      status: "CLOSED",
    });
  });

  it("closes and reopens, refusing a repeated click, with audit rows", async () => {
    const requirement = await createRequirement(buyer, form());
    expect(await closeRequirement(buyer, { requirementId: requirement.id })).toEqual({
      id: requirement.id,
      status: "CLOSED",
    });
    await expectAppError(
      closeRequirement(buyer, { requirementId: requirement.id }),
      "INVALID_STATE",
      "requirementAlreadyClosed",
    );
    expect(await reopenRequirement(buyer, { requirementId: requirement.id })).toEqual({
      id: requirement.id,
      status: "OPEN",
    });
    await expectAppError(
      reopenRequirement(buyer, { requirementId: requirement.id }),
      "INVALID_STATE",
      "requirementAlreadyOpen",
    );
    const actions = (
      await db.auditLog.findMany({ where: { entityId: requirement.id }, orderBy: { createdAt: "asc" } })
    ).map((r) => r.action);
    expect(actions).toEqual(["requirement.created", "requirement.closed", "requirement.reopened"]);
  });

  it("lists open requirements before closed ones", async () => {
    const { actor } = await createApprovedBuyer(organizer);
    const closed = await createRequirement(actor, form());
    const open = await createRequirement(actor, form());
    await closeRequirement(actor, { requirementId: closed.id });
    expect((await listOwnRequirements(actor)).map((r) => [r.id, r.status])).toEqual([
      [open.id, "OPEN"],
      [closed.id, "CLOSED"],
    ]);
  });
});
