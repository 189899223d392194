import { z } from "zod";

export const negativeListKinds = ["HS_PREFIX", "KEYWORD", "CATEGORY"] as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .optional()
    .transform((value) => value ?? "");

// A single Chinese character can be a whole word (枪, "gun"); a single Latin or
// Cyrillic letter would block nearly everything.
const keywordPattern = /^(?:\p{Script=Han}|[\s\S]{2,})$/u;

/**
 * One schema for the form, the action and the domain function. Only the field
 * of the chosen kind is read; the others are ignored. A reason in at least one
 * language is required; missing languages are stored empty and shown through
 * the usual language fallback (see lib/i18n/localized.ts).
 */
export const addNegativeListEntrySchema = z
  .object({
    kind: z.enum(negativeListKinds, "negativeListKindRequired"),
    // Customs documents write codes as "9301.90" or "9301 90"; the rule keeps digits.
    hsPrefix: optionalText(40).transform((value) => value.replace(/[\s.]/g, "")),
    keyword: optionalText(100),
    categoryId: optionalText(40),
    reasonEn: optionalText(1000),
    reasonZh: optionalText(1000),
    reasonRu: optionalText(1000),
  })
  .superRefine((entry, context) => {
    const issue = (path: string, message: string) => context.addIssue({ code: "custom", path: [path], message });
    if (entry.kind === "HS_PREFIX" && !/^\d{2,10}$/.test(entry.hsPrefix))
      issue("hsPrefix", "negativeListHsPrefixInvalid");
    if (entry.kind === "KEYWORD" && !keywordPattern.test(entry.keyword)) issue("keyword", "negativeListKeywordInvalid");
    if (entry.kind === "CATEGORY" && !entry.categoryId) issue("categoryId", "negativeListCategoryRequired");
    if (!entry.reasonEn && !entry.reasonZh && !entry.reasonRu) issue("reasonZh", "negativeListReasonRequired");
  })
  .transform((entry) => ({
    kind: entry.kind,
    // undefined, not null: the parsed value must parse again unchanged (action, then domain).
    hsPrefix: entry.kind === "HS_PREFIX" ? entry.hsPrefix : undefined,
    keyword: entry.kind === "KEYWORD" ? entry.keyword.replace(/\s+/g, " ") : undefined,
    categoryId: entry.kind === "CATEGORY" ? entry.categoryId : undefined,
    reasonEn: entry.reasonEn,
    reasonZh: entry.reasonZh,
    reasonRu: entry.reasonRu,
  }));
export type AddNegativeListEntryInput = z.input<typeof addNegativeListEntrySchema>;

export const deactivateNegativeListEntrySchema = z.object({
  entryId: z.string().trim().min(1, "required"),
});
export type DeactivateNegativeListEntryInput = z.input<typeof deactivateNegativeListEntrySchema>;
