import { z } from "zod";
import { Currency, MeetingOutcomeKind } from "@/lib/generated/prisma/enums";
import { blankToNull, optionalPositiveMinorUnits, optionalText } from "@/lib/validation/form-fields";

// Messages are keys of the "errors" catalogue. The schema is idempotent (its output
// parses to itself): the form action parses, then recordOutcome parses again.

export const outcomeKinds = Object.values(MeetingOutcomeKind);
export const outcomeNoteMaxLength = 2000;

/** "12 500,00" in major units -> integer minor units; never a float. */
const estimatedValue = optionalPositiveMinorUnits("outcomeValuePositive");

const outcomeFields = z.object({
  meetingId: z.string("required").trim().min(1, "required").max(64, "invalid"),
  outcome: z.enum(MeetingOutcomeKind, "outcomeKindRequired"),
  estimatedValue,
  currency: z.preprocess(blankToNull, z.enum(Currency, "outcomeCurrencyRequired").nullish()),
  note: optionalText(outcomeNoteMaxLength),
});
type Fields = z.output<typeof outcomeFields>;

/** A value and its currency belong to an order intent, and an order intent needs both. */
function checkValue(input: Fields, ctx: z.RefinementCtx) {
  if (input.outcome === "ORDER_INTENT") {
    if (input.estimatedValue === null)
      ctx.addIssue({ code: "custom", path: ["estimatedValue"], message: "outcomeValueRequired" });
    if (!input.currency) ctx.addIssue({ code: "custom", path: ["currency"], message: "outcomeCurrencyRequired" });
    return;
  }
  if (input.estimatedValue !== null || input.currency) {
    const path = input.estimatedValue !== null ? "estimatedValue" : "currency";
    ctx.addIssue({ code: "custom", path: [path], message: "outcomeValueOnlyWithOrder" });
  }
}

/** One side's record of what came of a meeting. */
export const outcomeSchema = outcomeFields
  .superRefine(checkValue)
  .transform(({ estimatedValue, currency, ...rest }) => ({
    ...rest,
    estimatedValue: estimatedValue ?? null,
    currency: currency ?? null,
  }));
export type OutcomeInput = z.input<typeof outcomeSchema>;
