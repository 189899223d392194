import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireOwnSupplierOrganization } from "./require-own-supplier";

/** Removes one of the supplier's own certificates; anyone else's is not found. */
export async function removeCertificate(actor: Actor, certificateId: string): Promise<void> {
  const organization = requireOwnSupplierOrganization(actor);
  await db.$transaction(async (tx) => {
    const certificate = await tx.certificate.findFirst({
      where: { id: certificateId, organizationId: organization.id },
      select: { id: true, typeCode: true, number: true },
    });
    if (!certificate) throw new AppError("NOT_FOUND", "certificateNotFound");
    await tx.certificate.delete({ where: { id: certificate.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "certificate.removed",
      entityType: "Certificate",
      entityId: certificate.id,
      organizationId: organization.id,
      data: { type: certificate.typeCode, number: certificate.number },
    });
  });
}
