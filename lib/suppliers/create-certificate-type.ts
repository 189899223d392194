import "server-only";
import { db } from "@/lib/db";
import { AppError, isConflictViolation } from "@/lib/errors";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { certificateTypeSchema, type CertificateTypeInput } from "./schemas";

/** Organizers add a certificate type suppliers can then hold and products claim. */
export async function createCertificateType(actor: Actor, raw: CertificateTypeInput) {
  requirePermission(actor, "manage:fair:any");
  const input = certificateTypeSchema.parse(raw);
  try {
    return await db.$transaction(async (tx) => {
      const type = await tx.certificateType.create({ data: input });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "certificate-type.created",
        entityType: "CertificateType",
        entityId: type.code,
        organizationId: actor.organizationId,
        data: { nameEn: input.nameEn },
      });
      return type;
    });
  } catch (error) {
    if (isConflictViolation(error)) {
      throw new AppError("CONFLICT", "certificateTypeCodeTaken", { code: "certificateTypeCodeTaken" });
    }
    throw error;
  }
}
