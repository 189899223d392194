import { categoryFactor } from "./factors/category";
import { certificationsFactor } from "./factors/certifications";
import type { FactorValue } from "./factors/factor-value";
import { feedbackFactor } from "./factors/feedback";
import { historyFactor } from "./factors/history";
import { languageFactor } from "./factors/language";
import { moqFactor } from "./factors/moq";
import { priceFactorConverted, convertProductPrice } from "./factors/price";
import { textFactor } from "./factors/text";
import { timeZoneFactor } from "./factors/time-zone";
import { verifiedFactor } from "./factors/verified";
import { creditFactor } from "./factors/credit";
import { scoreOf, weigh } from "./score";
import type {
  BuyerFeedback,
  ScoringBuyer,
  ScoringContext,
  ScoringProduct,
  ScoringRequirement,
  ScoringSupplier,
} from "./scoring-inputs";
import type { FactorResult } from "./types";

export type ScoredPair = {
  score: number;
  factors: FactorResult[];
  /** Product ids, best first (at most 3). */
  productIds: string[];
};

export const PRODUCTS_PER_PAIR = 3;

/**
 * Scores one requirement against one supplier: each of the supplier's candidate
 * products (already in the requirement's category subtree) gets the product
 * factors (text, MOQ, price, certifications). The supplier's best product is the
 * one that matches the requirement best (relevanceOf), its factors breaking ties:
 * a cheap polyester pongee never stands for a supplier's cotton twill. That
 * product's factors, plus the supplier-level ones (time zone, language, verified,
 * history, feedback), make the pair's score and its reasons. `convertedPrice` lets
 * the match table reuse conversions.
 */
export function scorePair(
  requirement: ScoringRequirement,
  buyer: ScoringBuyer,
  supplier: ScoringSupplier,
  products: ScoringProduct[],
  feedback: BuyerFeedback,
  context: ScoringContext,
  convertedPrice: (product: ScoringProduct) => bigint | null = (product) =>
    convertProductPrice(product, requirement.currency, context.rates),
  supplierLevel: FactorValue[] = supplierValues(requirement, buyer, supplier, feedback, context),
): ScoredPair {
  const certificateDay = requirement.neededBy ?? context.today;
  const ranked = products
    .map((product) => {
      const values = [
        categoryFactor(requirement.categoryId, product.categoryId),
        textFactor(product.matchedTerms, requirement.termCount),
        moqFactor(product, requirement),
        priceFactorConverted(convertedPrice(product), requirement),
        certificationsFactor(
          requirement.requiredCertifications,
          product.certifications,
          supplier.certificates,
          certificateDay,
        ),
      ];
      return { product, values, score: scoreOf(weigh(values, context.weights)) };
    })
    .sort(
      (a, b) =>
        relevanceOf(b.product, requirement) - relevanceOf(a.product, requirement) ||
        b.score - a.score ||
        b.product.matchedTerms - a.product.matchedTerms ||
        (a.product.id < b.product.id ? -1 : 1),
    );
  const best = ranked[0];
  const factors = weigh([...best.values, ...supplierLevel], context.weights);
  return {
    score: scoreOf(factors),
    factors,
    productIds: ranked.slice(0, PRODUCTS_PER_PAIR).map((entry) => entry.product.id),
  };
}

/**
 * How well a product matches the requirement: the catalogue search's relevance
 * when the loading path computed it (requirement-relevance-sql.ts), otherwise the
 * share of the requirement's words it holds (the match table's measure).
 */
export function relevanceOf(product: ScoringProduct, requirement: Pick<ScoringRequirement, "termCount">): number {
  return product.relevance ?? (requirement.termCount > 0 ? product.matchedTerms / requirement.termCount : 0);
}

/**
 * The factors that depend on the two organizations only (not on a product); the
 * match table computes them once per buyer, supplier and category.
 */
export function supplierValues(
  requirement: ScoringRequirement,
  buyer: ScoringBuyer,
  supplier: ScoringSupplier,
  feedback: BuyerFeedback,
  context: ScoringContext,
): FactorValue[] {
  return [
    timeZoneFactor(buyer.timeZone, supplier.timeZone, context.sessionDay),
    languageFactor(buyer.languages, supplier.languages, context.interpreterLanguages),
    verifiedFactor(supplier.verified),
    historyFactor(supplier.outcomes),
    feedbackFactor(feedback, supplier, requirement.categoryId),
    creditFactor(supplier.credit),
  ];
}
