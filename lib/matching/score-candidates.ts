import type { ScoredPair } from "./score-pair";
import { scorePair } from "./score-pair";
import type { BuyerFeedback, ScoringContext, ScoringProduct, ScoringSupplier } from "./scoring-inputs";
import type { LoadedRequirement } from "./load-requirements";
import { noFeedback } from "./factors/feedback";

export type ScoredSupplier = ScoredPair & { supplierOrgId: string };

/** Groups one requirement's candidate products by supplier and scores every supplier, best first. */
export function scoreCandidates(
  requirement: LoadedRequirement,
  products: ScoringProduct[],
  suppliers: Map<string, ScoringSupplier>,
  feedback: BuyerFeedback | undefined,
  context: ScoringContext,
): ScoredSupplier[] {
  const bySupplier = new Map<string, ScoringProduct[]>();
  for (const product of products) {
    const list = bySupplier.get(product.supplierOrgId);
    if (list) list.push(product);
    else bySupplier.set(product.supplierOrgId, [product]);
  }
  const scored: ScoredSupplier[] = [];
  for (const [supplierOrgId, list] of bySupplier) {
    const supplier = suppliers.get(supplierOrgId);
    if (!supplier) continue;
    scored.push({
      supplierOrgId,
      ...scorePair(requirement, requirement.buyer, supplier, list, feedback ?? noFeedback, context),
    });
  }
  return scored.sort((a, b) => b.score - a.score || (a.supplierOrgId < b.supplierOrgId ? -1 : 1));
}
