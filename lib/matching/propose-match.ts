import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { requireSessionAllows } from "@/lib/fairs/require-session-allows";
import { requireHostedSession } from "@/lib/tenancy/hosted";
import { proposeMatchSchema, type ProposeMatchInput } from "./schemas";

/**
 * An organizer proposes that a buyer's open requirement and a supplier registered in
 * the session meet. Proposing the same pair again updates the note and priority (and
 * revives a withdrawn proposal): there is one proposal per pair.
 */
export async function proposeMatch(actor: Actor, raw: ProposeMatchInput, { now = new Date() } = {}) {
  requirePermission(actor, "manage:match:any");
  const input = proposeMatchSchema.parse(raw);

  return db.$transaction(async (tx) => {
    const session = await requireHostedSession(actor, input.sessionId, {
      tx,
      query: { select: { id: true, categories: { select: { categoryId: true } } } },
    });
    await requireSessionAllows(tx, session.id, "schedule", now);
    const sessionCategoryIds = session.categories.map((category) => category.categoryId);
    const requirement = await tx.purchasingRequirement.findFirst({
      where: {
        id: input.requirementId,
        status: "OPEN",
        organization: { status: "APPROVED" },
        // The requirement belongs to this session: its category (or the parent of it) is offered there.
        OR: [{ categoryId: { in: sessionCategoryIds } }, { category: { parentId: { in: sessionCategoryIds } } }],
      },
      select: { id: true, organizationId: true },
    });
    if (!requirement) throw new AppError("NOT_FOUND", "requirementNotFound");
    const registered = await tx.sessionRegistration.count({
      where: {
        sessionId: session.id,
        organizationId: input.supplierOrgId,
        status: "APPROVED",
        organization: { kind: "SUPPLIER", status: "APPROVED" },
      },
    });
    if (!registered) throw new AppError("NOT_FOUND", "matchSupplierNotInSession");

    const fields = {
      sessionId: session.id,
      buyerOrgId: requirement.organizationId,
      proposedById: actor.id,
      note: input.note,
      priorityAdjustment: input.priorityAdjustment,
      withdrawnAt: null,
    };
    const proposal = await tx.matchProposal.upsert({
      where: { requirementId_supplierOrgId: { requirementId: requirement.id, supplierOrgId: input.supplierOrgId } },
      create: { ...fields, requirementId: requirement.id, supplierOrgId: input.supplierOrgId },
      update: fields,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "match.proposed",
      entityType: "MatchProposal",
      entityId: proposal.id,
      organizationId: requirement.organizationId,
      data: {
        sessionId: session.id,
        requirementId: requirement.id,
        supplierOrgId: input.supplierOrgId,
        priorityAdjustment: input.priorityAdjustment,
      },
    });
    return proposal;
  });
}
