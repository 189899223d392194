import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { requireApprovedBuyer } from "@/lib/buyers/require-buyer";
import { checkRequirementReferences } from "./check-references";
import { requirementSchema, type RequirementInput } from "./schemas";
import { requestMatchTableRefreshForOrganizations } from "@/lib/jobs/match-table-queue";

/** An approved buyer states what it wants to purchase; it may have many open requirements. */
export async function createRequirement(actor: Actor, raw: RequirementInput, { now = new Date() } = {}) {
  requirePermission(actor, "manage:requirement:own");
  const organization = requireApprovedBuyer(actor);
  const { targetPrice, ...input } = requirementSchema.parse(raw);

  const created = await db.$transaction(async (tx) => {
    await checkRequirementReferences(tx, { ...input, targetPrice }, { timeZone: actor.timeZone, now });
    const requirement = await tx.purchasingRequirement.create({
      data: { ...input, targetPriceMinor: targetPrice, organizationId: organization.id, createdAt: now },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "requirement.created",
      entityType: "PurchasingRequirement",
      entityId: requirement.id,
      organizationId: organization.id,
    });
    return requirement;
  });
  // After the commit; never fails the save (see requestMatchTableRefresh).
  await requestMatchTableRefreshForOrganizations([organization.id]);
  return created;
}
