import { z } from "zod";
import { optionalMinorAmount, optionalText, stringList } from "@/lib/validation/form-fields";
import { Currency } from "@/lib/generated/prisma/enums";
import { timeZoneSchema } from "@/lib/organizations/schemas";
import { parseAnnualVolume } from "./annual-volume";

// Messages are keys of the "errors" catalogue. Every schema here is idempotent
// (its output parses to itself): the form action parses, then the domain again.

/** ISO 639-1 codes a Russian or Central Asian importer's team may speak. */
export const buyerLanguageCodes = ["ru", "en", "zh", "kk", "uz", "ky", "be", "hy", "tr", "de"] as const;

/** Typed in whole major units; stored as integer minor units (bigint). */
const annualVolume = optionalMinorAmount(parseAnnualVolume);

const emptyToNull = (value: unknown) => (value === "" ? null : value);

export const buyerProfileSchema = z
  .object({
    nameRu: z.string("required").trim().min(1, "required").max(200, "tooLong"),
    nameEn: optionalText(200),
    nameZh: optionalText(200),
    city: z.string("required").trim().min(1, "required").max(100, "tooLong"),
    timeZone: timeZoneSchema,
    annualImport: annualVolume,
    annualImportCurrency: z.preprocess(emptyToNull, z.enum(Currency, "buyerCurrencyRequired").nullish()),
    categoryIds: stringList,
    // Checked as a whole so the error lands on the field, not on "languages.1".
    languages: stringList.refine(
      (codes): codes is (typeof buyerLanguageCodes)[number][] =>
        codes.every((code) => (buyerLanguageCodes as readonly string[]).includes(code)),
      "invalid",
    ),
  })
  .superRefine((input, ctx) => {
    if (input.annualImport !== null && !input.annualImportCurrency) {
      ctx.addIssue({ code: "custom", path: ["annualImportCurrency"], message: "buyerCurrencyRequired" });
    }
  })
  .transform(({ annualImport, annualImportCurrency, ...rest }) => ({
    ...rest,
    annualImport,
    // A currency without an amount means nothing; keep the pair consistent.
    annualImportCurrency: annualImport === null ? null : (annualImportCurrency ?? null),
  }));
export type BuyerProfileInput = z.input<typeof buyerProfileSchema>;
