import { z } from "zod";
import { optionalText, stringList } from "@/lib/validation/form-fields";
import { parseMinorUnits } from "@/lib/money/minor-units";
import { hsCodeProblem, normalizeHsCode } from "./hs-code";

// Messages are keys of the "errors" catalogue, so every language reads them.

export const moqUnits = [
  "piece",
  "pair",
  "set",
  "dozen",
  "meter",
  "square-meter",
  "kilogram",
  "ton",
  "roll",
  "box",
  "carton",
] as const;

export const productCurrencies = ["CNY", "USD", "RUB"] as const;

export const maxImagesPerProduct = 8;
export const maxImageBytes = 5 * 1024 * 1024;

// Every schema here is idempotent (parsing its own output gives the same output),
// because the form action parses once for field errors and the domain function again.
/** A whole number typed into a text box; empty is null unless `required`. */
function wholeNumber(min: number, max: number, message: string, required = false) {
  return z
    .union([z.string(), z.number()])
    .nullish()
    .transform((value, ctx) => {
      const text = String(value ?? "").trim();
      if (text === "" && !required) return null;
      const number = /^\d+$/.test(text) ? Number(text) : NaN;
      if (!Number.isSafeInteger(number) || number < min || number > max) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return number;
    });
}

/** A price typed in major units ("12.50", "12,5") -> integer minor units; never a float. */
function price(required: boolean) {
  return z
    .union([z.string(), z.bigint()])
    .nullish()
    .transform((value, ctx) => {
      if (typeof value === "bigint") return value;
      const text = (value ?? "").trim();
      if (text === "") {
        if (required) ctx.addIssue({ code: "custom", message: "productPriceRequired" });
        return required ? z.NEVER : null;
      }
      const parsed = parseMinorUnits(text);
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: parsed.error });
        return z.NEVER;
      }
      if (required && parsed.minor <= 0n) {
        ctx.addIssue({ code: "custom", message: "productPricePositive" });
        return z.NEVER;
      }
      return parsed.minor;
    });
}

const hsCode = z
  .string("productHsCodeInvalid")
  .transform(normalizeHsCode)
  .superRefine((code, ctx) => {
    const problem = hsCodeProblem(code);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

export const productSchema = z
  .object({
    nameZh: optionalText(200),
    nameEn: optionalText(200),
    nameRu: optionalText(200),
    descriptionZh: optionalText(4000),
    descriptionEn: optionalText(4000),
    descriptionRu: optionalText(4000),
    categoryId: z.string("productCategoryRequired").trim().min(1, "productCategoryRequired"),
    hsCode,
    moq: wholeNumber(1, 100_000_000, "productMoqInvalid", true),
    moqUnit: z.enum(moqUnits, "productUnitRequired"),
    priceMin: price(true),
    priceMax: price(false),
    currency: z.enum(productCurrencies, "productCurrencyRequired"),
    leadTimeDays: wholeNumber(1, 365, "productLeadTimeInvalid"),
    certifications: stringList,
  })
  // Runs even when other fields failed, so the form shows every problem at once.
  .superRefine(
    (input, ctx) => {
      if (!input.nameZh && !input.nameEn && !input.nameRu) {
        ctx.addIssue({ code: "custom", path: ["nameZh"], message: "productNameRequired" });
      }
      const { priceMin, priceMax } = input;
      if (typeof priceMin === "bigint" && typeof priceMax === "bigint" && priceMax < priceMin) {
        ctx.addIssue({ code: "custom", path: ["priceMax"], message: "productPriceRangeInverted" });
      }
    },
    { when: ({ value }) => typeof value === "object" && value !== null },
  )
  .transform(({ priceMin, priceMax, moq, ...rest }) => ({
    ...rest,
    moq: moq!,
    priceMin: priceMin!,
    // One price given means a single price, not an open range.
    priceMax: priceMax ?? priceMin!,
  }));
export type ProductInput = z.input<typeof productSchema>;
export type ProductData = z.output<typeof productSchema>;

/** The parsed form as Product columns (prices in minor units). */
export function productColumns({ priceMin, priceMax, ...rest }: ProductData) {
  return { ...rest, priceMinMinor: priceMin, priceMaxMinor: priceMax };
}

export const productIdSchema = z.object({ productId: z.string().trim().min(1, "productNotFound") });

export const productVisibilitySchema = productIdSchema.extend({
  visibility: z.enum(["VISIBLE", "HIDDEN_BY_SUPPLIER"], "invalid"),
});

/** The edit form: product fields, the product's id and the images to drop. */
export const updateProductFormSchema = z.object({
  productId: z.string().trim().min(1, "productNotFound"),
  removeImageIds: stringList,
});
