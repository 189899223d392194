import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { requireApprovedBuyer } from "@/lib/buyers/require-buyer";
import { checkRequirementReferences } from "./check-references";
import { updateRequirementSchema, type UpdateRequirementInput } from "./schemas";
import { requestMatchTableRefresh, requestMatchTableRefreshForOrganizations } from "@/lib/jobs/match-table-queue";

/** A buyer edits one of its own requirements; another buyer's reads as "not found". */
export async function updateRequirement(actor: Actor, raw: UpdateRequirementInput) {
  requirePermission(actor, "manage:requirement:own");
  const organization = requireApprovedBuyer(actor);
  const { requirementId, targetPrice, ...input } = updateRequirementSchema.parse(raw);

  let previousSessionId: string | null = null;
  const updated = await db.$transaction(async (tx) => {
    const stored = await tx.purchasingRequirement.findFirst({
      where: { id: requirementId, organizationId: organization.id },
      select: { id: true, neededBy: true, sessionId: true },
    });
    if (!stored) throw new AppError("NOT_FOUND", "requirementNotFound");
    previousSessionId = stored.sessionId;
    await checkRequirementReferences(
      tx,
      { ...input, targetPrice },
      { timeZone: actor.timeZone, storedNeededBy: stored.neededBy, storedSessionId: stored.sessionId },
    );
    const requirement = await tx.purchasingRequirement.update({
      where: { id: stored.id, organizationId: organization.id },
      data: { ...input, targetPriceMinor: targetPrice },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "requirement.updated",
      entityType: "PurchasingRequirement",
      entityId: requirement.id,
      organizationId: organization.id,
    });
    return requirement;
  });
  // The session it left, and every session it may be matched in now.
  if (previousSessionId && previousSessionId !== updated.sessionId) await requestMatchTableRefresh(previousSessionId);
  await requestMatchTableRefreshForOrganizations([organization.id]);
  return updated;
}
