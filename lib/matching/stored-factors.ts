import type { FactorResult, MatchFactor, MatchWeights, Reason } from "./types";

/**
 * How MatchScore.factors stores a pair's factors: one compact tuple per factor
 * (factor, value, reason key, reason params), without the weight, which is the
 * fair's (a weight change refreshes the table). Tens of thousands of rows per
 * session are written at once, so half the bytes is seconds saved.
 */
export type StoredFactor = [MatchFactor, number | null, string, Reason["params"]?];

export function encodeFactors(factors: FactorResult[]): StoredFactor[] {
  return factors.map((f) =>
    f.reason.params ? [f.factor, f.value, f.reason.key, f.reason.params] : [f.factor, f.value, f.reason.key],
  );
}

export function decodeFactors(stored: unknown, weights: MatchWeights): FactorResult[] {
  if (!Array.isArray(stored)) return [];
  return stored.map((entry) => {
    if (!Array.isArray(entry)) return entry as FactorResult;
    const [factor, value, key, params] = entry as StoredFactor;
    return {
      factor,
      value,
      weight: factor === "category" ? 0 : weights[factor],
      reason: params ? { key, params } : { key },
    };
  });
}
