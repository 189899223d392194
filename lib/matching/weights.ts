import { z } from "zod";
import type { MatchWeights, WeightedFactor } from "./types";

/**
 * Default factor weights: the one place they live. A fair may override them
 * (Fair.matchWeights, tuned by organizers); missing keys fall back to these.
 * Weights are relative: a score is the weighted mean of the factors that apply.
 */
export const defaultMatchWeights: MatchWeights = {
  text: 30,
  certifications: 15,
  price: 12,
  moq: 10,
  timeZone: 8,
  language: 8,
  verified: 7,
  history: 5,
  feedback: 5,
  credit: 5,
};

export const weightedFactors = Object.keys(defaultMatchWeights) as WeightedFactor[];

export const MAX_WEIGHT = 100;

export const matchWeightsSchema = z.object(
  Object.fromEntries(
    weightedFactors.map((factor) => [
      factor,
      z.coerce.number().int("weightInteger").min(0, "weightRange").max(MAX_WEIGHT, "weightRange"),
    ]),
  ) as Record<WeightedFactor, z.ZodCoercedNumber>,
);

/** A fair's stored weights (any JSON) merged over the defaults; unknown or invalid keys are ignored. */
export function effectiveWeights(stored: unknown): MatchWeights {
  const weights = { ...defaultMatchWeights };
  if (stored && typeof stored === "object") {
    for (const factor of weightedFactors) {
      const value = (stored as Record<string, unknown>)[factor];
      if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= MAX_WEIGHT)
        weights[factor] = value;
    }
  }
  return weights;
}
