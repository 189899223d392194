import { z } from "zod";
import { matchWeightsSchema, weightedFactors } from "./weights";

// Messages are keys of the "errors" catalogue. Form values arrive as strings.

const id = (message = "required") => z.string(message).trim().min(1, message).max(64, "invalid");
const emptyToNull = (value: unknown) => (value === "" || value === "none" ? null : value);

export const reactionKinds = ["INTERESTED", "NOT_RELEVANT"] as const;

/** One side's reaction to a pair; null (or an empty form value) clears it. The side comes from the actor. */
export const reactToMatchSchema = z.object({
  requirementId: id(),
  supplierOrgId: id(),
  kind: z.preprocess(emptyToNull, z.enum(reactionKinds, "reactionKindInvalid").nullable()),
});
export type ReactToMatchInput = z.input<typeof reactToMatchSchema>;

export const MIN_PRIORITY = -2;
export const MAX_PRIORITY = 2;

/** An organizer's proposal that a requirement and a supplier meet in a session. */
export const proposeMatchSchema = z.object({
  sessionId: id(),
  requirementId: id(),
  supplierOrgId: id(),
  note: z
    .string()
    .trim()
    .max(1000, "tooLong")
    .nullish()
    .transform((value) => value || null),
  priorityAdjustment: z.preprocess(
    (value) => (value === "" || value === undefined || value === null ? 0 : value),
    z.coerce
      .number("priorityRange")
      .int("priorityRange")
      .min(MIN_PRIORITY, "priorityRange")
      .max(MAX_PRIORITY, "priorityRange"),
  ),
});
export type ProposeMatchInput = z.input<typeof proposeMatchSchema>;

export const withdrawProposalSchema = z.object({ proposalId: id() });
export type WithdrawProposalInput = z.input<typeof withdrawProposalSchema>;

/** New factor weights for a fair (all of them, as the form sends them). */
export const setFairWeightsSchema = matchWeightsSchema.extend({ fairId: id() }).superRefine((input, ctx) => {
  // A score is the weighted mean of the factors: all zero would leave nothing to rank by.
  const total = weightedFactors.reduce((sum, factor) => sum + input[factor], 0);
  if (total === 0) ctx.addIssue({ code: "custom", path: ["form"], message: "weightsAllZero" });
});
export type SetFairWeightsInput = z.input<typeof setFairWeightsSchema>;

/** Back to the defaults of lib/matching/weights.ts (stored as null). */
export const resetFairWeightsSchema = z.object({ fairId: id() });
export type ResetFairWeightsInput = z.input<typeof resetFairWeightsSchema>;
