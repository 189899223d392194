import type { BuyerFeedback } from "../scoring-inputs";
import { factorValue, type FactorValue } from "./factor-value";

/**
 * The buyer's "not relevant" marks lower similar recommendations. Similar means,
 * simply: the same supplier dismissed for another of the buyer's requirements (0),
 * or a supplier from the same city dismissed for a requirement in the same
 * category (0.5). Null when the buyer gave no such signal.
 */
export function feedbackFactor(
  feedback: BuyerFeedback,
  supplier: { id: string; city: string },
  requirementCategoryId: string,
): FactorValue {
  if (feedback.dismissedSuppliers.has(supplier.id)) return factorValue("feedback", 0, "feedback.sameSupplier");
  if (feedback.dismissedCategoryCities.has(`${requirementCategoryId}|${supplier.city}`)) {
    return factorValue("feedback", 0.5, "feedback.similar", { city: supplier.city });
  }
  return factorValue("feedback", null, "feedback.none");
}

export const noFeedback: BuyerFeedback = { dismissedSuppliers: new Set(), dismissedCategoryCities: new Set() };

export function feedbackValue(
  feedback: BuyerFeedback,
  supplier: { id: string; city: string },
  requirementCategoryId: string,
): number | null {
  return feedbackFactor(feedback, supplier, requirementCategoryId).value;
}
