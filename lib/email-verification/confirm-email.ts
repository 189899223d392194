import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashVerificationToken, verificationTokenSchema } from "./verification-token";

export type ConfirmEmailResult = "confirmed" | "alreadyConfirmed" | "expired" | "invalid";

/**
 * Follows a confirmation link: marks the token used (once: the UPDATE only matches an
 * unused, unexpired token, so two clicks at the same moment confirm once) and the
 * person's address confirmed. A used token answers "alreadyConfirmed", so reloading
 * the page does not look like an error.
 */
export async function confirmEmail(rawToken: unknown, { now = new Date() }: { now?: Date } = {}) {
  const parsed = verificationTokenSchema.safeParse(rawToken);
  if (!parsed.success) return "invalid" satisfies ConfirmEmailResult;
  const tokenHash = hashVerificationToken(parsed.data);
  return db.$transaction(async (tx): Promise<ConfirmEmailResult> => {
    const used = await tx.emailVerificationToken.updateManyAndReturn({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
      select: { userId: true },
    });
    if (used.length === 0) {
      const token = await tx.emailVerificationToken.findUnique({
        where: { tokenHash },
        select: { usedAt: true, expiresAt: true },
      });
      if (!token) return "invalid";
      return token.usedAt ? "alreadyConfirmed" : "expired";
    }
    const userId = used[0].userId;
    const user = await tx.user.update({
      where: { id: userId },
      data: { emailVerifiedAt: now },
      select: { organizationId: true },
    });
    // The other links mailed to this person have served their purpose.
    await tx.emailVerificationToken.deleteMany({ where: { userId, usedAt: null } });
    await recordAudit(tx, {
      actorId: userId,
      action: "user.emailConfirmed",
      entityType: "User",
      entityId: userId,
      organizationId: user.organizationId,
    });
    return "confirmed";
  });
}
