import { scoreOf } from "./score";
import type { FactorResult, MatchFactor } from "./types";

/**
 * Factors that carry the buyer's private data: the price factor is computed from
 * the target price (its value alone, with the weights, would let a supplier solve
 * for the target), and "feedback" tells what the buyer dismissed elsewhere.
 */
const buyerPrivateFactors: ReadonlySet<MatchFactor> = new Set(["price", "feedback"]);

/**
 * The factors and score a SUPPLIER may see: buyer-private factors become "not
 * shown" (value null, no params) and the score is recomputed without them, so the
 * number cannot be inverted into the target price either.
 */
export function redactForSupplier(factors: FactorResult[]): { score: number; factors: FactorResult[] } {
  const redacted = factors.map((factor) =>
    buyerPrivateFactors.has(factor.factor)
      ? { factor: factor.factor, value: null, weight: factor.weight, reason: { key: `${factor.factor}.private` } }
      : factor,
  );
  return { score: scoreOf(redacted), factors: redacted };
}
