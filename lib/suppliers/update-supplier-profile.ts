import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireOwnSupplierOrganization } from "./require-own-supplier";
import { supplierProfileSchema, type SupplierProfileInput } from "./schemas";

/** Saves the company profile of the actor's own supplier organization. */
export async function updateSupplierProfile(actor: Actor, raw: SupplierProfileInput) {
  const organization = requireOwnSupplierOrganization(actor);
  const input = supplierProfileSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const updated = await tx.organization.update({
      where: { id: organization.id },
      data: input,
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "organization.profile-updated",
      entityType: "Organization",
      entityId: organization.id,
      organizationId: organization.id,
    });
    return updated;
  });
}
