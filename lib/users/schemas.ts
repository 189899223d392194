import { z } from "zod";
import { locales } from "@/lib/i18n/routing";
import { passwordSchema, timeZoneSchema } from "@/lib/organizations/schemas";
import { emailSchema } from "@/lib/validation/email-address";

export const spokenLanguages = ["zh", "ru", "en"] as const;

const languageList = z
  .union([z.enum(spokenLanguages), z.array(z.enum(spokenLanguages))], "languagesRequired")
  .transform((value) => (Array.isArray(value) ? value : [value]));

export const createInterpreterSchema = z.object({
  name: z.string().trim().min(1, "required").max(120, "tooLong"),
  email: emailSchema,
  password: passwordSchema,
  languages: languageList.refine((list) => list.length >= 2, "interpreterNeedsTwoLanguages"),
  locale: z.enum(locales, "required"),
  timeZone: timeZoneSchema,
});
export type CreateInterpreterInput = z.input<typeof createInterpreterSchema>;

export const updateProfileSchema = z.object({
  name: z.string().trim().min(1, "required").max(120, "tooLong"),
  locale: z.enum(locales, "required"),
  timeZone: timeZoneSchema,
});
export type UpdateProfileInput = z.input<typeof updateProfileSchema>;
