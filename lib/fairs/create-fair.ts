import "server-only";
import { db } from "@/lib/db";
import { AppError, isConflictViolation } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { createFairSchema, type CreateFairInput } from "./schemas";

/** A fair belongs to the organizer's own organization (the host). */
export async function createFair(actor: Actor, raw: CreateFairInput) {
  requirePermission(actor, "fair:manage");
  if (!actor.organizationId) throw new AppError("FORBIDDEN", "forbidden");
  const { publish, ...input } = createFairSchema.parse(raw);
  try {
    return await db.$transaction(async (tx) => {
      const fair = await tx.fair.create({
        data: { ...input, hostOrganizationId: actor.organizationId!, status: publish ? "PUBLISHED" : "DRAFT" },
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

/** Organizers may only manage fairs their own organization hosts. */
export async function requireHostedFair(actor: Actor, fairId: string) {
  requirePermission(actor, "fair:manage");
  const fair = await db.fair.findFirst({ where: { id: fairId, hostOrganizationId: actor.organizationId ?? "" } });
  if (!fair) throw new AppError("NOT_FOUND", "fairNotFound");
  return fair;
}
