import { z } from "zod";
import { blankToNull, optionalPositiveMinorUnits, optionalText, stringList } from "@/lib/validation/form-fields";
import { Currency, Incoterm } from "@/lib/generated/prisma/enums";
import { moqUnits } from "@/lib/products/schemas";

// Messages are keys of the "errors" catalogue. Every schema here is idempotent
// (its output parses to itself): the form action parses, then the domain again.

/** The same unit codes suppliers use for MOQs, so requirements and products compare. */
export const requirementUnits = moqUnits;
export const incoterms = Object.values(Incoterm);

const quantity = z.union([z.string(), z.number()], "requirementQuantityInvalid").transform((value, ctx) => {
  const text = String(value)
    .trim()
    .replace(/[\s\u00a0\u202f]/g, "");
  const number = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(number) || number < 1 || number > 1_000_000_000) {
    ctx.addIssue({ code: "custom", message: "requirementQuantityInvalid" });
    return z.NEVER;
  }
  return number;
});

/** A unit price typed in major units ("12,50") -> integer minor units; never a float. */
const targetPrice = optionalPositiveMinorUnits("requirementPricePositive");

/** A calendar date "YYYY-MM-DD" -> midnight UTC (the column is a DATE). */
const calendarDate = z.preprocess(
  blankToNull,
  z
    .union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "dateInvalid"), z.date()])
    .nullish()
    .transform((value, ctx) => {
      if (value === null || value === undefined) return null;
      if (value instanceof Date) return value;
      const date = new Date(`${value}T00:00:00Z`);
      if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
        ctx.addIssue({ code: "custom", message: "dateInvalid" });
        return z.NEVER;
      }
      return date;
    }),
);

const requirementFields = z.object({
  categoryId: z.string("requirementCategoryRequired").trim().min(1, "requirementCategoryRequired"),
  textRu: optionalText(2000),
  textEn: optionalText(2000),
  textZh: optionalText(2000),
  quantity,
  unit: z.enum(requirementUnits, "requirementUnitRequired"),
  targetPrice,
  currency: z.preprocess(blankToNull, z.enum(Currency, "requirementCurrencyRequired").nullish()),
  requiredCertifications: stringList,
  incoterm: z.preprocess(blankToNull, z.enum(Incoterm, "requirementIncotermInvalid").nullish()),
  destinationCity: optionalText(100),
  neededBy: calendarDate,
  /** The session the buyer wants to meet suppliers in; blank: the next session of the category. */
  sessionId: z.preprocess(blankToNull, z.string().trim().max(64, "requirementSessionUnknown").nullish()),
});
type Fields = z.output<typeof requirementFields>;

function checkRequirement(input: Fields, ctx: z.RefinementCtx) {
  if (!input.textRu && !input.textEn && !input.textZh) {
    ctx.addIssue({ code: "custom", path: ["textRu"], message: "requirementTextRequired" });
  }
  if (input.targetPrice !== null && !input.currency) {
    ctx.addIssue({ code: "custom", path: ["currency"], message: "requirementCurrencyRequired" });
  }
}

function normalizeRequirement<T extends Fields>({ targetPrice, currency, incoterm, sessionId, ...rest }: T) {
  return {
    ...rest,
    sessionId: sessionId ?? null,
    targetPrice,
    // A currency without a price means nothing; keep the pair consistent.
    currency: targetPrice === null ? null : (currency ?? null),
    incoterm: incoterm ?? null,
  };
}

/** What a buyer wants: category, text in at least one language, quantity and unit; the rest optional. */
export const requirementSchema = requirementFields.superRefine(checkRequirement).transform(normalizeRequirement);
export type RequirementInput = z.input<typeof requirementSchema>;
export type RequirementData = z.output<typeof requirementSchema>;

export const requirementIdSchema = z.object({ requirementId: z.string("required").trim().min(1, "required") });

export const updateRequirementSchema = requirementFields
  .extend(requirementIdSchema.shape)
  .superRefine(checkRequirement)
  .transform(normalizeRequirement);
export type UpdateRequirementInput = z.input<typeof updateRequirementSchema>;

/** One requirement (a button on its card) or all of a buyer's ended ones ("carry all over"). */
export const carryOverSchema = z.object({
  requirementIds: stringList.pipe(z.array(z.string().max(64, "requirementNotFound")).min(1, "required").max(100)),
});
export type CarryOverInput = z.input<typeof carryOverSchema>;
