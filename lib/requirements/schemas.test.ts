import { describe, expect, it } from "vitest";
import { buyerProfileSchema } from "@/lib/buyers/schemas";
import { requirementSchema, updateRequirementSchema } from "./schemas";

const form = {
  categoryId: "c1",
  textRu: "Пуховики",
  quantity: "2 000",
  unit: "piece",
  targetPrice: "45,50",
  currency: "USD",
  requiredCertifications: "EAC",
  incoterm: "FOB",
  destinationCity: "Москва",
  neededBy: "2030-09-01",
};

describe("requirement and buyer profile schemas", () => {
  it("parse their own output to the same value (the action parses, then the domain)", () => {
    const once = requirementSchema.parse(form);
    expect(once).toMatchObject({
      quantity: 2000,
      targetPrice: 4550n,
      requiredCertifications: ["EAC"],
      neededBy: new Date("2030-09-01T00:00:00Z"),
    });
    expect(requirementSchema.parse(once)).toEqual(once);
    const update = updateRequirementSchema.parse({ ...form, requirementId: "r1" });
    expect(updateRequirementSchema.parse(update)).toEqual(update);

    const profile = buyerProfileSchema.parse({
      nameRu: "ООО «Тест»",
      city: "Москва",
      timeZone: "Europe/Moscow",
      annualImport: "1 000 000",
      annualImportCurrency: "RUB",
      categoryIds: ["a", "b", "a"],
      languages: "ru",
    });
    expect(profile).toMatchObject({ annualImport: 100_000_000n, categoryIds: ["a", "b"], languages: ["ru"] });
    expect(buyerProfileSchema.parse(profile)).toEqual(profile);
  });

  it("drops a currency given without a price", () => {
    expect(requirementSchema.parse({ ...form, targetPrice: "" })).toMatchObject({ targetPrice: null, currency: null });
  });
});
