import "server-only";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record-audit";
import { signUpSchema, type SignUpInput } from "./schemas";

/**
 * Writes a supplier or buyer organization (PENDING) and its contact person in one
 * transaction. Sign-up (registerOrganization) creates the person unconfirmed; the seed
 * and tests create them confirmed. A taken e-mail fails with a unique violation.
 */
export async function createOrganizationAccount(
  raw: SignUpInput,
  { emailVerifiedAt, passwordHash }: { emailVerifiedAt: Date | null; passwordHash?: string },
) {
  const input = signUpSchema.parse(raw);
  const hash = passwordHash ?? (await hashPassword(input.password));
  // Suppliers name themselves in Chinese, buyers in Russian; English is optional.
  const names =
    input.kind === "SUPPLIER"
      ? { nameZh: input.companyName, nameEn: input.companyNameEn || null }
      : { nameRu: input.companyName, nameEn: input.companyNameEn || null };

  return db.$transaction(async (tx) => {
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
        passwordHash: hash,
        name: input.contactName,
        phone: input.phone || null,
        role: input.kind,
        organizationId: organization.id,
        locale: input.locale,
        timeZone: input.timeZone,
        emailVerifiedAt,
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
}
