import "server-only";
import { db } from "@/lib/db";
import { AppError, isConflictViolation } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireOwnSupplierOrganization } from "./require-own-supplier";
import { certificateSchema, type CertificateInput } from "./schemas";

/** Adds a certificate (type, number, optional expiry) to the supplier's own profile. */
export async function addCertificate(actor: Actor, raw: CertificateInput) {
  const organization = requireOwnSupplierOrganization(actor);
  const input = certificateSchema.parse(raw);
  const type = await db.certificateType.findUnique({ where: { code: input.typeCode }, select: { code: true } });
  if (!type) throw new AppError("VALIDATION", "checkFields", { typeCode: "certificateTypeRequired" });
  try {
    return await db.$transaction(async (tx) => {
      const certificate = await tx.certificate.create({ data: { ...input, organizationId: organization.id } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "certificate.added",
        entityType: "Certificate",
        entityId: certificate.id,
        organizationId: organization.id,
        data: { type: input.typeCode, number: input.number },
      });
      return certificate;
    });
  } catch (error) {
    if (isConflictViolation(error)) {
      throw new AppError("CONFLICT", "certificateDuplicate", { number: "certificateDuplicate" });
    }
    throw error;
  }
}
