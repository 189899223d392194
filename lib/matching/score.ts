import type { FactorResult, MatchWeights } from "./types";
import type { FactorValue } from "./factors/factor-value";

/** Attaches the fair's weights (the category gate weighs nothing: it only admits). */
export function weigh(values: FactorValue[], weights: MatchWeights): FactorResult[] {
  return values.map((value) => ({ ...value, weight: value.factor === "category" ? 0 : weights[value.factor] }));
}

/**
 * round(100 × weighted mean of the factors that apply). A factor with a null value
 * (not applicable) or weight 0 is left out; with nothing left, a pair that passed
 * the gate scores 100.
 */
export function scoreOf(factors: FactorResult[]): number {
  let weighted = 0;
  let total = 0;
  for (const factor of factors) {
    if (factor.value === null || factor.weight <= 0 || factor.factor === "category") continue;
    weighted += factor.weight * factor.value;
    total += factor.weight;
  }
  return scoreFromSums(weighted, total);
}

/** The rounding both scoreOf and the match table's numeric pass use. */
export function scoreFromSums(weighted: number, total: number): number {
  return total === 0 ? 100 : Math.round((100 * weighted) / total);
}
