import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";
import { requireApprovedBuyer } from "@/lib/buyers/require-buyer";
import { requirementIdSchema } from "./schemas";
import { requestMatchTableRefreshForOrganizations } from "@/lib/jobs/match-table-queue";

type Input = { requirementId: string };

/** Closing means "no longer looking"; a closed requirement can be reopened. */
export const closeRequirement = (actor: Actor, raw: Input) => setRequirementStatus(actor, raw, "CLOSED");
export const reopenRequirement = (actor: Actor, raw: Input) => setRequirementStatus(actor, raw, "OPEN");

async function setRequirementStatus(actor: Actor, raw: Input, status: RequirementStatus) {
  requirePermission(actor, "manage:requirement:own");
  const organization = requireApprovedBuyer(actor);
  const { requirementId } = requirementIdSchema.parse(raw);

  const result = await db.$transaction(async (tx) => {
    const from = status === "OPEN" ? "CLOSED" : "OPEN";
    // Owner and current status in the WHERE: another buyer's id, or a repeated click, changes nothing.
    const changed = await tx.purchasingRequirement.updateMany({
      where: { id: requirementId, organizationId: organization.id, status: from },
      data: { status },
    });
    if (changed.count === 0) {
      const exists = await tx.purchasingRequirement.count({
        where: { id: requirementId, organizationId: organization.id },
      });
      if (!exists) throw new AppError("NOT_FOUND", "requirementNotFound");
      throw new AppError("INVALID_STATE", status === "OPEN" ? "requirementAlreadyOpen" : "requirementAlreadyClosed");
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: status === "OPEN" ? "requirement.reopened" : "requirement.closed",
      entityType: "PurchasingRequirement",
      entityId: requirementId,
      organizationId: organization.id,
    });
    return { id: requirementId, status };
  });
  await requestMatchTableRefreshForOrganizations([organization.id]);
  return result;
}
