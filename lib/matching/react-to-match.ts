import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireApprovedOrganization, requirePermission, type Actor } from "@/lib/auth/actor";
import type { MatchSide } from "@/lib/generated/prisma/enums";
import { requestMatchTableRefreshForRequirement } from "@/lib/jobs/match-table-queue";
import { readReactionState } from "./reaction-state";
import { reactToMatchSchema, type ReactToMatchInput } from "./schemas";

/**
 * A buyer (for its own organization's requirement) or a supplier (for itself) marks a
 * recommended pair INTERESTED or NOT_RELEVANT, or clears its mark with null. The side
 * comes from the actor, never from input. Both sides INTERESTED is mutual interest.
 */
export async function reactToMatch(actor: Actor, raw: ReactToMatchInput) {
  requirePermission(actor, "react:match:own");
  const organization = requireApprovedOrganization(actor);
  const input = reactToMatchSchema.parse(raw);
  const side: MatchSide = organization.kind === "BUYER" ? "BUYER" : "SUPPLIER";
  if (organization.kind !== "BUYER" && organization.kind !== "SUPPLIER") throw new AppError("FORBIDDEN", "forbidden");
  // A supplier speaks only for itself.
  if (side === "SUPPLIER" && input.supplierOrgId !== organization.id) throw new AppError("FORBIDDEN", "forbidden");

  const state = await db.$transaction(async (tx) => {
    const requirement = await tx.purchasingRequirement.findFirst({
      where: {
        id: input.requirementId,
        // The buyer's own requirement (any status, so a mark can still be cleared); a supplier sees only open ones.
        ...(side === "BUYER" ? { organizationId: organization.id } : { status: "OPEN" }),
        organization: { status: "APPROVED" },
      },
      select: { id: true, organizationId: true },
    });
    if (!requirement) throw new AppError("NOT_FOUND", "requirementNotFound");
    const supplier = await tx.organization.findFirst({
      where: { id: input.supplierOrgId, kind: "SUPPLIER", status: "APPROVED" },
      select: { id: true },
    });
    if (!supplier) throw new AppError("NOT_FOUND", "matchSupplierNotFound");

    const key = { requirementId: requirement.id, supplierOrgId: supplier.id, side };
    if (input.kind === null) {
      await tx.matchReaction.deleteMany({ where: key });
    } else {
      await tx.matchReaction.upsert({
        where: { requirementId_supplierOrgId_side: key },
        create: { ...key, kind: input.kind, userId: actor.id },
        update: { kind: input.kind, userId: actor.id },
      });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.kind === null ? "match.reaction-cleared" : "match.reacted",
      entityType: "PurchasingRequirement",
      entityId: requirement.id,
      organizationId: organization.id,
      data: { side, kind: input.kind, supplierOrgId: supplier.id },
    });
    return readReactionState(tx, { requirementId: requirement.id, supplierOrgId: supplier.id });
  });
  // A buyer's "not relevant" lowers similar pairs (the feedback factor): rescore its session in the background.
  if (side === "BUYER") await requestMatchTableRefreshForRequirement(input.requirementId);
  return state;
}
