import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { requestMatchTableRefreshForOrganizations } from "@/lib/jobs/match-table-queue";
import { setVerifiedSchema, type SetVerifiedInput } from "./verification-schema";

/**
 * An organizer marks an approved supplier as verified (its documents were checked), or
 * takes the mark back. "Verified" is a matching factor, so the supplier's sessions'
 * match tables are refreshed.
 */
export async function setSupplierVerified(actor: Actor, raw: SetVerifiedInput) {
  requirePermission(actor, "review:organization:any");
  const input = setVerifiedSchema.parse(raw);

  const changed = await db.$transaction(async (tx) => {
    const organization = await tx.organization.findFirst({
      where: { id: input.organizationId, kind: "SUPPLIER" },
      select: { id: true, status: true, verifiedAt: true },
    });
    if (!organization) throw new AppError("NOT_FOUND", "organizationNotFound");
    if (input.verified && organization.status !== "APPROVED") throw new AppError("INVALID_STATE", "verifyNotApproved");
    // The current state in the WHERE: a repeated click changes nothing and records nothing.
    const changed = await tx.organization.updateMany({
      where: { id: organization.id, verifiedAt: input.verified ? null : { not: null } },
      data: { verifiedAt: input.verified ? new Date() : null },
    });
    if (changed.count > 0) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: input.verified ? "organization.verified" : "organization.unverified",
        entityType: "Organization",
        entityId: organization.id,
        organizationId: organization.id,
      });
    }
    return changed.count > 0;
  });
  if (changed) await requestMatchTableRefreshForOrganizations([input.organizationId]);
  return { organizationId: input.organizationId, verified: input.verified };
}
