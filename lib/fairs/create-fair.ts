import "server-only";
import { db } from "@/lib/db";
import { AppError, isConflictViolation } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { ownOrganizationId } from "@/lib/tenancy/tenant-scope";
import { createFairSchema, type CreateFairInput } from "./schemas";

/** A fair belongs to the organizer's own organization (the host). */
export async function createFair(actor: Actor, raw: CreateFairInput) {
  requirePermission(actor, "manage:fair:any");
  const hostOrganizationId = ownOrganizationId(actor);
  const { publish, ...input } = createFairSchema.parse(raw);
  try {
    return await db.$transaction(async (tx) => {
      const fair = await tx.fair.create({
        data: { ...input, hostOrganizationId, status: publish ? "PUBLISHED" : "DRAFT" },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "fair.created",
        entityType: "Fair",
        entityId: fair.id,
        organizationId: actor.organizationId,
      });
      return fair;
    });
  } catch (error) {
    if (isConflictViolation(error)) throw new AppError("CONFLICT", "slugTaken", { slug: "slugTaken" });
    throw error;
  }
}
