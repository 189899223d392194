import type { MatchWeights } from "../types";

/**
 * A running weighted mean's numerator and denominator. Factors are added one by one in
 * scorePair's order, so the floating-point sums (and the rounded score) equal the live
 * path's exactly.
 */
export type WeightedSums = { weighted: number; total: number };

/** Adds a factor's value with its weight; a factor that does not apply (null) or weighs nothing is left out. */
export function addFactor(sums: WeightedSums, weight: number, value: number | null): void {
  if (value !== null && weight > 0) {
    sums.weighted += weight * value;
    sums.total += weight;
  }
}

/** A supplier's organization-level factor values for one buyer (null: does not apply). */
export type OrganizationValues = {
  zone: number | null;
  language: number | null;
  verified: number;
  history: number | null;
  feedback: number | null;
  credit: number | null;
};

/** The organization factors, in scorePair's order: time zone, language, verified, history, feedback, credit. */
export function addOrganizationFactors(sums: WeightedSums, values: OrganizationValues, w: MatchWeights): void {
  addFactor(sums, w.timeZone, values.zone);
  addFactor(sums, w.language, values.language);
  addFactor(sums, w.verified, values.verified);
  addFactor(sums, w.history, values.history);
  addFactor(sums, w.feedback, values.feedback);
  addFactor(sums, w.credit, values.credit);
}
