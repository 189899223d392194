import { describe, expect, it } from "vitest";
import { certificateSchema, certificateTypeSchema, supplierProfileSchema } from "./schemas";

describe("supplier schemas", () => {
  it("are idempotent, because the form action and the domain function both parse", () => {
    const profile = supplierProfileSchema.parse({
      nameZh: "平湖市雪羽服饰有限公司",
      nameEn: "",
      city: "Pinghu",
      yearFounded: "2004",
      staffSize: "",
      exportMarkets: ["RU", "KZ"],
      languages: "zh",
    });
    expect(profile).toMatchObject({ nameEn: null, yearFounded: 2004, staffSize: null, languages: ["zh"] });
    expect(supplierProfileSchema.parse(profile)).toEqual(profile);

    const certificate = certificateSchema.parse({ typeCode: "EAC", number: " RU-123 ", expiresOn: "2027-01-31" });
    expect(certificate.expiresOn).toEqual(new Date("2027-01-31T00:00:00Z"));
    expect(certificateSchema.parse(certificate)).toEqual(certificate);

    const type = certificateTypeSchema.parse({ code: "halal", nameEn: "Halal", nameZh: "清真", nameRu: "Халяль" });
    expect(certificateTypeSchema.parse(type)).toEqual(type);
  });
});
