import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { isSessionOver, sessionLifecycleSelect, toLifecycleInput } from "@/lib/fairs/lifecycle";
import { loadCategoryTree } from "./category-tree";
import { noFeedback } from "./factors/feedback";
import { supplierListedProductsSql } from "./candidate-products-sql";
import { loadDisplay } from "./load-display";
import { loadPairStates } from "./load-pair-state";
import { loadRequirements } from "./load-requirements";
import { loadScoringContext, type MatchSession } from "./load-scoring-context";
import { loadScoringSuppliers } from "./load-suppliers";
import { redactForSupplier } from "./redact";
import { scorePair } from "./score-pair";
import type { ScoringContext, ScoringProduct } from "./scoring-inputs";
import type { BuyerRecommendation } from "./types";

type Options = { sessionId?: string; limit?: number; supplierOrgId?: string; now?: Date };

/**
 * "Buyers looking for what you make": open requirements of approved buyers in the
 * sessions the supplier is approved for, scored with the same factors as the
 * buyer's view and redacted for the supplier (no target price, no buyer feedback).
 * A supplier sees its own organization's; an organizer passes supplierOrgId.
 * The supplier's few hundred products at most are scored in memory.
 */
export async function recommendBuyers(
  actor: Actor,
  { sessionId, limit = 20, supplierOrgId, now = new Date() }: Options = {},
) {
  const supplierId = authorize(actor, supplierOrgId);
  const registrations = await db.sessionRegistration.findMany({
    where: { organizationId: supplierId, status: "APPROVED", ...(sessionId ? { sessionId } : {}) },
    select: { sessionId: true, session: { select: sessionLifecycleSelect } },
  });
  // Never an ended session: its buyers can no longer be met.
  const sessionIds = registrations
    .filter((registration) => !isSessionOver(toLifecycleInput(registration.session), now))
    .map((registration) => registration.sessionId);
  if (sessionIds.length === 0) return [];

  const [requirements, products, suppliers, subtreeOf] = await Promise.all([
    loadRequirements(
      Prisma.sql`r.status = 'OPEN' AND r."buyerStatus" = 'APPROVED' AND r."sessionId" = ANY(${sessionIds}::text[])`,
      now,
    ),
    db.$queryRaw<(Omit<ScoringProduct, "matchedTerms"> & { searchTerms: string[] })[]>(
      supplierListedProductsSql(supplierId),
    ),
    loadScoringSuppliers([supplierId]),
    loadCategoryTree(),
  ]);
  const supplier = suppliers.get(supplierId);
  if (!supplier || products.length === 0) return [];

  const scoring = new Map<string, { session: MatchSession; context: ScoringContext }>();
  for (const id of new Set(requirements.map((r) => r.sessionId!))) {
    const loaded = await loadScoringContext(id);
    if (loaded) scoring.set(id, loaded);
  }
  const productTerms = new Map(products.map((product) => [product.id, new Set(product.searchTerms)]));
  const scored = requirements.flatMap((requirement) => {
    const subtree = subtreeOf(requirement.categoryId);
    const candidates: ScoringProduct[] = products
      .filter((product) => subtree.has(product.categoryId))
      .map(({ searchTerms: _terms, ...product }) => ({
        ...product,
        matchedTerms: requirement.searchTerms.filter((term) => productTerms.get(product.id)!.has(term)).length,
      }));
    const loaded = scoring.get(requirement.sessionId!);
    if (candidates.length === 0 || !loaded) return [];
    const pair = scorePair(requirement, requirement.buyer, supplier, candidates, noFeedback, loaded.context);
    return [{ requirement, session: loaded.session, productIds: pair.productIds, ...redactForSupplier(pair.factors) }];
  });
  scored.sort((a, b) => b.score - a.score || (a.requirement.id < b.requirement.id ? -1 : 1));
  const top = scored.slice(0, Math.max(0, limit));
  if (top.length === 0) return [];

  const requirementIds = top.map((entry) => entry.requirement.id);
  const [details, display, stateOf] = await Promise.all([
    db.purchasingRequirement.findMany({
      where: { id: { in: requirementIds } },
      select: {
        id: true,
        textEn: true,
        textZh: true,
        textRu: true,
        quantity: true,
        unit: true,
        requiredCertifications: true,
        incoterm: true,
        destinationCity: true,
        neededBy: true,
        category: { select: { id: true, nameEn: true, nameZh: true, nameRu: true } },
        organization: { select: { id: true, nameEn: true, nameZh: true, nameRu: true, city: true, timeZone: true } },
      },
    }),
    loadDisplay(
      [],
      top.flatMap((entry) => entry.productIds),
    ),
    loadPairStates(requirementIds, [supplierId]),
  ]);
  const detailById = new Map(details.map((detail) => [detail.id, detail]));
  return top.map((entry): BuyerRecommendation => {
    const { organization: buyer, ...requirement } = detailById.get(entry.requirement.id)!;
    const { id, titleEn, titleZh, titleRu, startDate } = entry.session;
    return {
      requirement,
      buyer,
      session: { id, titleEn, titleZh, titleRu, startDate },
      score: entry.score,
      factors: entry.factors,
      products: display.products(entry.productIds),
      ...stateOf(requirement.id, supplierId),
    };
  });
}

function authorize(actor: Actor, supplierOrgId: string | undefined): string {
  if (can(actor, "read:buyerRecommendation:any")) {
    if (!supplierOrgId) throw new AppError("NOT_FOUND", "organizationNotFound");
    return supplierOrgId;
  }
  if (!can(actor, "read:buyerRecommendation:own") || !actor.organization) throw new AppError("FORBIDDEN", "forbidden");
  if (actor.organization.status !== "APPROVED")
    throw new AppError("FORBIDDEN", `organization${actor.organization.status}`);
  return actor.organization.id;
}
