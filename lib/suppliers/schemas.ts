import { z } from "zod";
import { optionalText, stringList } from "@/lib/validation/form-fields";
import { exportMarketCodes, staffSizes, supplierLanguageCodes } from "./choices";

// Idempotent like the product schemas: the form action and the domain function both parse.
const listOf = (allowed: readonly string[]) =>
  stringList.refine((list) => list.every((value) => allowed.includes(value)), "invalid");

const yearFounded = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value, ctx) => {
    const text = String(value ?? "").trim();
    if (text === "") return null;
    const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
    if (!(year >= 1800 && year <= new Date().getUTCFullYear())) {
      ctx.addIssue({ code: "custom", message: "supplierYearInvalid" });
      return z.NEVER;
    }
    return year;
  });

/** The supplier's company profile: Chinese name required, English and Russian optional. */
export const supplierProfileSchema = z.object({
  nameZh: z.string("required").trim().min(1, "required").max(200, "tooLong"),
  nameEn: optionalText(200),
  nameRu: optionalText(200),
  city: z.string("required").trim().min(1, "required").max(100, "tooLong"),
  yearFounded,
  staffSize: z
    .union([z.enum(staffSizes, "invalid"), z.literal("")])
    .nullish()
    .transform((value) => value || null),
  exportMarkets: listOf(exportMarketCodes),
  languages: listOf(supplierLanguageCodes),
  descriptionZh: optionalText(2000),
  descriptionEn: optionalText(2000),
  descriptionRu: optionalText(2000),
});
export type SupplierProfileInput = z.input<typeof supplierProfileSchema>;

const isoDate = z
  .union([z.string().trim(), z.date()])
  .nullish()
  .transform((value, ctx) => {
    if (value instanceof Date) return value;
    if (!value) return null;
    const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
    if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      ctx.addIssue({ code: "custom", message: "dateInvalid" });
      return z.NEVER;
    }
    return date;
  });

/** One certificate the supplier holds; the expiry date is optional (CE declarations do not expire). */
export const certificateSchema = z.object({
  typeCode: z.string("certificateTypeRequired").trim().min(1, "certificateTypeRequired"),
  number: z.string("required").trim().min(1, "required").max(100, "tooLong"),
  expiresOn: isoDate,
});
export type CertificateInput = z.input<typeof certificateSchema>;

export const certificateIdSchema = z.object({ certificateId: z.string().trim().min(1, "certificateNotFound") });

/** Organizers add certificate types: a short code and a name in each language. */
export const certificateTypeSchema = z.object({
  code: z
    .string("required")
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9 .\-/]{0,29}$/, "certificateTypeCodeInvalid"),
  nameEn: z.string("required").trim().min(1, "required").max(120, "tooLong"),
  nameZh: z.string("required").trim().min(1, "required").max(120, "tooLong"),
  nameRu: z.string("required").trim().min(1, "required").max(120, "tooLong"),
});
export type CertificateTypeInput = z.input<typeof certificateTypeSchema>;
