import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { getOwnBuyerProfile } from "@/lib/buyers/get-own-buyer-profile";
import { updateBuyerProfile } from "@/lib/buyers/update-buyer-profile";
import type { BuyerProfileInput } from "@/lib/buyers/schemas";
import { expectAppError, expectValidationError, isTranslatedErrorKey } from "../factories/errors";
import { createApprovedBuyer, createApprovedSupplier, createPendingOrganization } from "../factories/organizations";
import { createSessionTaxonomy } from "../factories/requirements";
import { createOrganizerActor } from "../factories/users";

let organizer: Actor;
let buyer: Actor;
let taxonomy: Awaited<ReturnType<typeof createSessionTaxonomy>>;

beforeAll(async () => {
  organizer = await createOrganizerActor();
  buyer = (await createApprovedBuyer(organizer)).actor;
  taxonomy = await createSessionTaxonomy(organizer);
});

function profileForm(overrides: Partial<BuyerProfileInput> = {}): BuyerProfileInput {
  return {
    nameRu: "ООО «Северный импорт»",
    nameEn: "Severny Import LLC",
    nameZh: "",
    city: "Новосибирск",
    timeZone: "Asia/Novosibirsk",
    annualImport: "250 000 000",
    annualImportCurrency: "RUB",
    categoryIds: [taxonomy.offered.id, taxonomy.alsoOffered.id],
    languages: ["ru", "en"],
    ...overrides,
  };
}

describe("the buyer company profile", () => {
  it("saves names, city, zone, volume in minor units, interests and languages, and audits it", async () => {
    await updateBuyerProfile(buyer, profileForm());
    const profile = await getOwnBuyerProfile(buyer);
    expect(profile).toMatchObject({
      id: buyer.organizationId,
      nameRu: "ООО «Северный импорт»",
      nameEn: "Severny Import LLC",
      nameZh: null,
      city: "Новосибирск",
      timeZone: "Asia/Novosibirsk",
      annualImportMinor: 25_000_000_000n,
      annualImportCurrency: "RUB",
      languages: ["ru", "en"],
    });
    expect(profile.interests.map((i) => i.categoryId).sort()).toEqual(
      [taxonomy.offered.id, taxonomy.alsoOffered.id].sort(),
    );
    expect(
      await db.auditLog.count({ where: { action: "buyerProfile.updated", entityId: buyer.organizationId! } }),
    ).toBe(1);
  });

  it("replaces the interests and clears an empty volume together with its currency", async () => {
    await updateBuyerProfile(
      buyer,
      profileForm({ categoryIds: taxonomy.alsoOffered.id, annualImport: "", annualImportCurrency: "USD" }),
    );
    const profile = await getOwnBuyerProfile(buyer);
    expect(profile.interests.map((i) => i.categoryId)).toEqual([taxonomy.alsoOffered.id]);
    expect(profile).toMatchObject({ annualImportMinor: null, annualImportCurrency: null });
  });

  it.each([
    ["nameRu", { nameRu: "  " }, "required"],
    ["nameEn", { nameEn: "x".repeat(201) }, "tooLong"],
    ["city", { city: "" }, "required"],
    ["timeZone", { timeZone: "Mars/Olympus" }, "timeZoneInvalid"],
    ["annualImport", { annualImport: "12.5" }, "buyerVolumeInvalid"],
    ["annualImport", { annualImport: "99999999999999" }, "moneyTooLarge"],
    ["annualImportCurrency", { annualImportCurrency: "" }, "buyerCurrencyRequired"],
    ["languages", { languages: ["ru", "xx"] }, "invalid"],
  ])("refuses a bad %s (%j)", async (field, overrides, key) => {
    const errors = await expectValidationError(
      updateBuyerProfile(buyer, profileForm(overrides as Partial<BuyerProfileInput>)),
    );
    expect(errors[field]).toBe(key);
    expect(isTranslatedErrorKey(key), key).toBe(true);
  });

  it("accepts only categories of published sessions", async () => {
    for (const category of [taxonomy.draftOnly, taxonomy.unused]) {
      await expectAppError(
        updateBuyerProfile(buyer, profileForm({ categoryIds: [category.id] })),
        "VALIDATION",
        "categoryUnknown",
      );
    }
  });

  it("lets a pending buyer complete its profile, but nobody else's and no supplier", async () => {
    const pending = await createPendingOrganization("BUYER");
    await updateBuyerProfile(pending.actor, profileForm({ nameRu: "ООО «Ожидание»" }));
    expect((await db.organization.findUniqueOrThrow({ where: { id: pending.organization.id } })).nameRu).toBe(
      "ООО «Ожидание»",
    );
    // The organization comes from the session: the buyer's own row changed, no other.
    expect((await getOwnBuyerProfile(buyer)).nameRu).toBe("ООО «Северный импорт»");
    const supplier = (await createApprovedSupplier(organizer)).actor;
    await expectAppError(updateBuyerProfile(supplier, profileForm()), "FORBIDDEN", "forbidden");
    await expectAppError(updateBuyerProfile(organizer, profileForm()), "FORBIDDEN", "forbidden");
  });
});
