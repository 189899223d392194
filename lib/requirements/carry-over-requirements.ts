import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError, isConflictViolation } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { requireApprovedBuyer } from "@/lib/buyers/require-buyer";
import { isSessionOver, sessionLifecycleSelect, toLifecycleInput } from "@/lib/fairs/lifecycle";
import { requestMatchTableRefreshForOrganizations } from "@/lib/jobs/match-table-queue";
import { findNextSessionOfCategory } from "./find-next-session";
import { carryOverSchema, type CarryOverInput } from "./schemas";

/**
 * When its session has ended, a buyer carries an open requirement over to the next
 * edition: a copy targets the next session offering its category, and the original
 * is closed and stays with its session, meetings and proposals (the history).
 * One or many in one transaction; a requirement can be carried over only once
 * (unique carriedOverFromId), so a double click cannot make two copies.
 */
export async function carryOverRequirements(actor: Actor, raw: CarryOverInput, { now = new Date() } = {}) {
  requirePermission(actor, "manage:requirement:own");
  const organization = requireApprovedBuyer(actor);
  const { requirementIds } = carryOverSchema.parse(raw);

  try {
    const copies = await db.$transaction(async (tx) => {
      const requirements = await tx.purchasingRequirement.findMany({
        where: { id: { in: requirementIds }, organizationId: organization.id },
        include: { session: { select: sessionLifecycleSelect }, carriedOverTo: { select: { id: true } } },
      });
      if (requirements.length !== new Set(requirementIds).size) throw new AppError("NOT_FOUND", "requirementNotFound");
      const created = [];
      for (const requirement of requirements) {
        if (requirement.carriedOverTo) throw new AppError("CONFLICT", "requirementAlreadyCarried");
        const { session } = requirement;
        if (requirement.status !== "OPEN" || !session || !isSessionOver(toLifecycleInput(session), now)) {
          throw new AppError("INVALID_STATE", "requirementNotCarriable");
        }
        const next = await findNextSessionOfCategory(tx, requirement.categoryId, now);
        if (!next) throw new AppError("VALIDATION", "requirementNoNextSession");
        const id = requirement.id;
        const copy = await tx.purchasingRequirement.create({
          data: { ...whatIsWanted(requirement), sessionId: next.id, carriedOverFromId: id, createdAt: now },
        });
        await tx.purchasingRequirement.update({ where: { id }, data: { status: "CLOSED" } });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "requirement.carried-over",
          entityType: "PurchasingRequirement",
          entityId: id,
          organizationId: organization.id,
          data: { copyId: copy.id, sessionId: next.id },
        });
        created.push(copy);
      }
      return created;
    });
    await requestMatchTableRefreshForOrganizations([organization.id]);
    return copies;
  } catch (error) {
    if (isConflictViolation(error)) throw new AppError("CONFLICT", "requirementAlreadyCarried");
    throw error;
  }
}

/** The buyer's statement of need, copied as it is; search terms are rebuilt by the database trigger. */
function whatIsWanted(r: Prisma.PurchasingRequirementGetPayload<object>) {
  return {
    organizationId: r.organizationId,
    categoryId: r.categoryId,
    textEn: r.textEn,
    textZh: r.textZh,
    textRu: r.textRu,
    quantity: r.quantity,
    unit: r.unit,
    targetPriceMinor: r.targetPriceMinor,
    currency: r.currency,
    requiredCertifications: r.requiredCertifications,
    incoterm: r.incoterm,
    destinationCity: r.destinationCity,
    neededBy: r.neededBy,
  };
}
