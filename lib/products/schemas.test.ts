import { describe, expect, it } from "vitest";
import { productSchema } from "./schemas";

const form = {
  nameZh: " 男士羽绒服 ",
  nameEn: "",
  categoryId: "cat1",
  hsCode: "6201.40.00",
  moq: "300",
  moqUnit: "piece",
  priceMin: "185,5",
  priceMax: "",
  currency: "CNY",
  leadTimeDays: "",
  certifications: "EAC",
};

describe("productSchema", () => {
  it("turns the form's strings into typed values: trimmed names, digits-only HS code, minor units", () => {
    expect(productSchema.parse(form)).toEqual({
      nameZh: "男士羽绒服",
      nameEn: null,
      nameRu: null,
      descriptionZh: null,
      descriptionEn: null,
      descriptionRu: null,
      categoryId: "cat1",
      hsCode: "62014000",
      moq: 300,
      moqUnit: "piece",
      priceMin: 18550n,
      priceMax: 18550n,
      currency: "CNY",
      leadTimeDays: null,
      certifications: ["EAC"],
    });
  });

  // The form action parses once for field errors, the domain function again.
  it("is idempotent: its output parses to itself", () => {
    const once = productSchema.parse(form);
    expect(productSchema.parse(once)).toEqual(once);
  });

  it("reports every problem at once, including the cross-field ones", () => {
    const result = productSchema.safeParse({
      categoryId: "",
      hsCode: "98",
      moq: "",
      priceMin: "12.345",
      priceMax: "1",
    });
    expect(result.success).toBe(false);
    const fields = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(fields).toEqual({
      nameZh: "productNameRequired",
      categoryId: "productCategoryRequired",
      hsCode: "productHsCodeInvalid",
      moq: "productMoqInvalid",
      moqUnit: "productUnitRequired",
      priceMin: "moneyTooManyDecimals",
      currency: "productCurrencyRequired",
    });
  });
});
