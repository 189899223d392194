import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record-audit";
import { passwordSchema, timeZoneSchema } from "@/lib/organizations/schemas";
import { emailSchema } from "@/lib/validation/email-address";
import { locales } from "@/lib/i18n/routing";

export const createOrganizerSchema = z.object({
  organizationId: z.string().min(1),
  name: z.string().trim().min(1, "required").max(120, "tooLong"),
  email: emailSchema,
  password: passwordSchema,
  locale: z.enum(locales).default("zh"),
  timeZone: timeZoneSchema.default("Asia/Shanghai"),
});

/**
 * Organizers are staff of the hosting commerce department. They cannot sign up;
 * this bootstrap path is used by the seed and by `npm run create-organizer`.
 */
export async function createOrganizer(raw: z.input<typeof createOrganizerSchema>) {
  const { password, ...input } = createOrganizerSchema.parse(raw);
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const host = await tx.organization.findFirstOrThrow({ where: { id: input.organizationId, kind: "ORGANIZER" } });
    const user = await tx.user.create({
      // Staff accounts are created by the installation itself: their address needs no confirming.
      data: {
        ...input,
        organizationId: host.id,
        passwordHash,
        role: "ORGANIZER",
        languages: ["zh", "en"],
        emailVerifiedAt: new Date(),
      },
      select: { id: true, email: true },
    });
    await recordAudit(tx, {
      actorId: null,
      action: "organizer.created",
      entityType: "User",
      entityId: user.id,
      organizationId: host.id,
    });
    return user;
  });
}

/** The commerce department that hosts fairs; created once per installation. */
export async function createHostOrganization(input: {
  nameEn: string;
  nameZh: string;
  nameRu: string;
  city: string;
  timeZone: string;
}) {
  return db.organization.create({
    data: { ...input, kind: "ORGANIZER", status: "APPROVED", country: "CN", statusChangedAt: new Date() },
  });
}
