import { noFeedback } from "./factors/feedback";
import { convertProductPrice } from "./factors/price";
import type { LoadedRequirement } from "./load-requirements";
import type { PoolProduct } from "./load-session-products";
import { scorePair } from "./score-pair";
import type { BuyerFeedback, ScoringContext, ScoringProduct, ScoringSupplier } from "./scoring-inputs";
import { countWordOverlap, groupCandidates, type CandidateGroup } from "./session-scoring/candidate-groups";
import { rankCandidates } from "./session-scoring/rank-candidates";
import { buildSessionTables, type SessionTables } from "./session-scoring/session-tables";
import { candidateOfKey } from "./session-scoring/top-keys";
import type { FactorResult } from "./types";

export type MatchScoreRow = {
  requirementId: string;
  supplierOrgId: string;
  score: number;
  factors: FactorResult[];
  bestProductId: string | null;
};

export type SessionPool = {
  requirements: (LoadedRequirement & { termIds: Int32Array })[];
  products: PoolProduct[];
  suppliers: Map<string, ScoringSupplier>;
  feedback: Map<string, BuyerFeedback>;
  subtreeOf: (categoryId: string) => ReadonlySet<string>;
  /** "requirementId|supplierOrgId" of pairs someone reacted to or proposed: always kept. */
  keep: ReadonlySet<string>;
  vocabularySize: number;
};

/**
 * Scores every requirement of a session against every supplier that passes the
 * category gate, in memory, in two passes:
 * 1. numbers only, for every pair (millions): the factors' value functions (the
 *    ones the factor functions themselves use), summed in the same order and
 *    rounded the same way as scoreOf, with word overlap counted on integer ids,
 *    conversions and organization-level values computed once; no objects per pair;
 * 2. for the pairs kept (best `cap` per requirement, plus pairs with reactions or
 *    proposals): the full scorePair, with reasons, exactly as the live path.
 */
export function scoreSession(
  pool: SessionPool,
  context: ScoringContext,
  cap: number,
): { rows: MatchScoreRow[]; scoredPairs: number; evaluatedPairs: number } {
  const candidatesOf = groupCandidates(pool);
  const tables = buildSessionTables(pool, context);
  const feedbackOf = (buyerOrgId: string) => pool.feedback.get(buyerOrgId) ?? noFeedback;
  const rows: MatchScoreRow[] = [];
  let scoredPairs = 0;
  let evaluatedPairs = 0;
  for (const requirement of pool.requirements) {
    const group = candidatesOf(requirement.categoryId);
    if (group.candidates.length === 0) continue;
    const overlap = countWordOverlap(group, requirement.termIds);
    const { ranked, evaluated } = rankCandidates(requirement, group, overlap, tables, feedbackOf, context, cap);
    evaluatedPairs += evaluated;
    scoredPairs += group.candidates.length;
    rows.push(...fullPairs(requirement, group, ranked, tables, feedbackOf(requirement.buyerOrgId), context, cap));
  }
  return { rows, scoredPairs, evaluatedPairs };
}

/**
 * Pass 2 for one requirement: the full scorePair, with reasons, for the best `cap` pairs
 * of pass 1 and the pairs kept below them.
 */
function fullPairs(
  requirement: SessionPool["requirements"][number],
  group: CandidateGroup,
  ranked: Float64Array,
  tables: SessionTables,
  feedback: BuyerFeedback,
  context: ScoringContext,
  cap: number,
): MatchScoreRow[] {
  const alsoKeep = tables.keptSuppliersOf(requirement.id);
  const rows: MatchScoreRow[] = [];
  for (let rank = 0; rank < ranked.length; rank++) {
    const { supplier, products, first } = group.candidates[candidateOfKey(ranked[rank])];
    if (rank >= cap && !alsoKeep?.has(supplier.id)) continue;
    for (let p = 0; p < products.length; p++) products[p].matchedTerms = group.matched[first + p];
    const pair = scorePair(
      requirement,
      requirement.buyer,
      supplier,
      products,
      feedback,
      context,
      (product) => convertProductPrice(product as ScoringProduct, requirement.currency, context.rates),
      tables.supplierLevelFactors(requirement, supplier, feedback),
    );
    rows.push({
      requirementId: requirement.id,
      supplierOrgId: supplier.id,
      score: pair.score,
      factors: pair.factors,
      bestProductId: pair.productIds[0] ?? null,
    });
  }
  return rows;
}
