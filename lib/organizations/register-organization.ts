import "server-only";
import { db } from "@/lib/db";
import { AppError, isConflictViolation } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record-audit";
import { signUpSchema, type SignUpInput } from "./schemas";

/**
 * Sign-up of a supplier or buyer: the organization starts PENDING and its
 * contact person can sign in but not act until an organizer approves it.
 */
export async function registerOrganization(raw: SignUpInput) {
  const input = signUpSchema.parse(raw);
  const passwordHash = await hashPassword(input.password);
  // Suppliers name themselves in Chinese, buyers in Russian; English is optional.
  const names =
    input.kind === "SUPPLIER"
      ? { nameZh: input.companyName, nameEn: input.companyNameEn || null }
      : { nameRu: input.companyName, nameEn: input.companyNameEn || null };

  try {
    return await db.$transaction(async (tx) => {
      const organization = await tx.organization.create({
        data: {
          kind: input.kind,
          status: "PENDING",
          city: input.city,
          country: input.country,
          timeZone: input.timeZone,
          ...names,
        },
      });
      const user = await tx.user.create({
        data: {
          email: input.email,
          passwordHash,
          name: input.contactName,
          phone: input.phone || null,
          role: input.kind,
          organizationId: organization.id,
          locale: input.locale,
          timeZone: input.timeZone,
        },
        select: { id: true, email: true },
      });
      await recordAudit(tx, {
        actorId: user.id,
        action: "organization.registered",
        entityType: "Organization",
        entityId: organization.id,
        organizationId: organization.id,
        data: { kind: input.kind, city: input.city },
      });
      return { organization, user };
    });
  } catch (error) {
    if (isConflictViolation(error)) throw new AppError("CONFLICT", "emailTaken", { email: "emailTaken" });
    throw error;
  }
}
