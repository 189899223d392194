import "server-only";
import { db } from "@/lib/db";
import type { BuyerFeedback } from "./scoring-inputs";

/** Every "not relevant" a buyer's side gave, as the feedback factor reads it; keyed by buyer org. */
export async function loadBuyerFeedback(buyerOrgIds: string[]): Promise<Map<string, BuyerFeedback>> {
  const result = new Map<string, { dismissedSuppliers: Set<string>; dismissedCategoryCities: Set<string> }>();
  if (buyerOrgIds.length === 0) return result;
  const reactions = await db.matchReaction.findMany({
    where: { side: "BUYER", kind: "NOT_RELEVANT", requirement: { organizationId: { in: buyerOrgIds } } },
    select: {
      supplierOrgId: true,
      supplierOrg: { select: { city: true } },
      requirement: { select: { organizationId: true, categoryId: true } },
    },
  });
  for (const reaction of reactions) {
    const buyerId = reaction.requirement.organizationId;
    let feedback = result.get(buyerId);
    if (!feedback) {
      feedback = { dismissedSuppliers: new Set(), dismissedCategoryCities: new Set() };
      result.set(buyerId, feedback);
    }
    feedback.dismissedSuppliers.add(reaction.supplierOrgId);
    feedback.dismissedCategoryCities.add(`${reaction.requirement.categoryId}|${reaction.supplierOrg.city}`);
  }
  return result;
}
