import "server-only";
import { isSessionOver } from "@/lib/fairs/lifecycle";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { can, canOn } from "@/lib/auth/permissions";
import { loadCategoryTree } from "./category-tree";
import { MATCH_TABLE_CAP } from "./compute-match-table";
import { loadBuyerFeedback } from "./load-buyer-feedback";
import { loadCandidateProducts } from "./load-candidate-products";
import { loadDisplay } from "./load-display";
import { loadPairStates } from "./load-pair-state";
import { loadRequirements } from "./load-requirements";
import { loadScoringContext } from "./load-scoring-context";
import { loadScoringSuppliers } from "./load-suppliers";
import { scoreCandidates } from "./score-candidates";
import type { SupplierRecommendation } from "./types";

/**
 * Suppliers recommended for one purchasing requirement, best first, with reasons.
 *
 * Scored live with current data. Where the work runs: Postgres does the heavy part
 * in one statement (load-candidate-products.ts: the category gate, eligibility, and
 * the word overlap of every candidate product, so no word arrays cross the wire)
 * plus one for the candidates' supplier facts; TypeScript does the factor math
 * (time zones, currency conversion, certificates on a date) with the same functions
 * the match table uses. Names and thumbnails are loaded only for the suppliers returned.
 *
 * Which candidates: when the session's background match table is current, only the
 * suppliers it kept for this requirement (its best 30, scored by the same
 * functions) are rescored; otherwise every supplier in the category subtree. A
 * broad category holds thousands of fat product rows (names and descriptions in
 * three languages), and reading all of them on each request is what breaks the
 * 100 ms budget (docs/benchmarks.md); the shortlist gives the same answer, since
 * feedback (the one input that changes without a refresh) only ever lowers a score.
 *
 * Who may call: the buyer organization owning the requirement (approved), or an organizer.
 */
export async function recommendSuppliers(
  actor: Actor,
  requirementId: string,
  { limit = 20, now = new Date() }: { limit?: number; now?: Date } = {},
) {
  const [requirement] = await loadRequirements(Prisma.sql`r.id = ${requirementId}`, now);
  if (!requirement) throw new AppError("NOT_FOUND", "requirementNotFound");
  authorize(actor, requirement.buyerOrgId);
  const details = await loadRequirementDetails(requirementId);

  const scoring = requirement.sessionId ? await loadScoringContext(requirement.sessionId) : null;
  if (!scoring)
    return { requirement: details, session: null, sessionOver: false, recommendations: noRecommendations() };
  const { session, context } = scoring;
  // An ended edition's suppliers can no longer be met: the buyer is offered to carry the requirement over.
  if (isSessionOver(scoring.lifecycle, now))
    return { requirement: details, session, sessionOver: true, recommendations: noRecommendations() };

  const [subtreeOf, shortlist, feedback] = await Promise.all([
    loadCategoryTree(),
    limit <= MATCH_TABLE_CAP ? loadTableShortlist(session.id, requirement.id, details.updatedAt) : null,
    loadBuyerFeedback([requirement.buyerOrgId]),
  ]);
  const products = await loadCandidateProducts({
    sessionId: session.id,
    categoryIds: [...subtreeOf(requirement.categoryId)],
    terms: requirement.searchTerms,
    text: [details.textRu, details.textEn, details.textZh].filter(Boolean).join("\n"),
    supplierOrgIds: shortlist ?? undefined,
  });
  const suppliers = await loadScoringSuppliers([...new Set(products.map((p) => p.supplierOrgId))]);
  const top = scoreCandidates(requirement, products, suppliers, feedback.get(requirement.buyerOrgId), context).slice(
    0,
    Math.max(0, limit),
  );

  const supplierIds = top.map((pair) => pair.supplierOrgId);
  const [display, stateOf] = await Promise.all([
    loadDisplay(
      supplierIds,
      top.flatMap((pair) => pair.productIds),
    ),
    loadPairStates([requirement.id], supplierIds),
  ]);
  const recommendations: SupplierRecommendation[] = top.map((pair) => ({
    supplier: display.supplier(pair.supplierOrgId),
    score: pair.score,
    factors: pair.factors,
    products: display.products(pair.productIds),
    ...stateOf(requirement.id, pair.supplierOrgId),
  }));
  return { requirement: details, session, sessionOver: false, recommendations };
}

const noRecommendations = (): SupplierRecommendation[] => [];

function authorize(actor: Actor, buyerOrgId: string): void {
  if (can(actor, "read:supplierRecommendation:any")) return;
  if (!can(actor, "read:supplierRecommendation:own") || !actor.organization)
    throw new AppError("FORBIDDEN", "forbidden");
  if (actor.organization.status !== "APPROVED")
    throw new AppError("FORBIDDEN", `organization${actor.organization.status}`);
  // Another buyer's requirement reads as absent, not as forbidden.
  if (!canOn(actor, "read:supplierRecommendation", { organizationId: buyerOrgId })) {
    throw new AppError("NOT_FOUND", "requirementNotFound");
  }
}

function loadRequirementDetails(requirementId: string) {
  return db.purchasingRequirement.findUniqueOrThrow({
    where: { id: requirementId },
    select: {
      id: true,
      organizationId: true,
      sessionId: true,
      status: true,
      textEn: true,
      textZh: true,
      textRu: true,
      quantity: true,
      unit: true,
      targetPriceMinor: true,
      currency: true,
      requiredCertifications: true,
      incoterm: true,
      destinationCity: true,
      neededBy: true,
      updatedAt: true,
      category: { select: { id: true, nameEn: true, nameZh: true, nameRu: true } },
    },
  });
}

/**
 * The suppliers the session's match table kept for this requirement (its best
 * MATCH_TABLE_CAP), when that table is current: computed after the requirement last
 * changed and with no refresh pending (every product, supplier, registration or
 * requirement change marks it QUEUED at once). Null means "not current: score
 * every candidate".
 */
async function loadTableShortlist(sessionId: string, requirementId: string, requirementUpdatedAt: Date) {
  const run = await db.matchTableRun.findUnique({ where: { sessionId }, select: { status: true, startedAt: true } });
  if (run?.status !== "DONE" || !run.startedAt || run.startedAt < requirementUpdatedAt) return null;
  const rows = await db.matchScore.findMany({
    where: { sessionId, requirementId },
    select: { supplierOrgId: true },
  });
  return rows.map((row) => row.supplierOrgId);
}
