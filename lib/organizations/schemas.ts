import { z } from "zod";
import { isValidTimeZone } from "@/lib/time/zones";
import { countries } from "@/lib/geo/cities";
import { locales } from "@/lib/i18n/routing";
import { emailSchema } from "@/lib/validation/email-address";

// Messages are keys of the "errors" catalogue, so every language reads them.
const requiredText = (max: number) => z.string().trim().min(1, "required").max(max, "tooLong");

export const passwordSchema = z
  .string()
  .min(10, "passwordTooShort")
  .max(200, "tooLong")
  .refine((value) => /[A-Za-zА-Яа-яЁё]/.test(value) && /\d/.test(value), "passwordWeak");

export const timeZoneSchema = z.string().trim().min(1, "required").refine(isValidTimeZone, "timeZoneInvalid");

export const signUpSchema = z
  .object({
    kind: z.enum(["SUPPLIER", "BUYER"], "kindRequired"),
    companyName: requiredText(200),
    companyNameEn: z.string().trim().max(200, "tooLong").optional().default(""),
    city: requiredText(100),
    country: z.enum(countries, "countryRequired"),
    contactName: requiredText(120),
    phone: z
      .string()
      .trim()
      .max(40, "tooLong")
      .regex(/^[+\d\s()-]*$/, "phoneInvalid")
      .optional()
      .default(""),
    email: emailSchema,
    password: passwordSchema,
    locale: z.enum(locales, "required"),
    timeZone: timeZoneSchema,
  })
  .superRefine((input, ctx) => {
    // The platform serves Zhejiang exporters; their access review assumes a Chinese company.
    if (input.kind === "SUPPLIER" && input.country !== "CN") {
      ctx.addIssue({ code: "custom", path: ["country"], message: "supplierMustBeChinese" });
    }
    const localPart = input.email.split("@")[0];
    if (localPart.length >= 4 && input.password.toLowerCase().includes(localPart)) {
      ctx.addIssue({ code: "custom", path: ["password"], message: "passwordContainsEmail" });
    }
  });
export type SignUpInput = z.infer<typeof signUpSchema>;

export const reviewDecisions = ["approve", "reject", "suspend", "reinstate"] as const;
export type ReviewDecision = (typeof reviewDecisions)[number];

export const reviewOrganizationSchema = z
  .object({
    organizationId: z.string().min(1, "required"),
    decision: z.enum(reviewDecisions, "required"),
    reason: z.string().trim().max(1000, "tooLong").optional().default(""),
    /** The status the organizer saw; a decision taken on a stale page is refused. */
    expectedStatus: z.enum(["PENDING", "APPROVED", "REJECTED", "SUSPENDED"]).optional(),
  })
  .refine((input) => input.decision === "approve" || input.decision === "reinstate" || input.reason.length > 0, {
    path: ["reason"],
    message: "reasonRequired",
  });
export type ReviewOrganizationInput = z.infer<typeof reviewOrganizationSchema>;
