import "server-only";
import { db } from "@/lib/db";
import { hashVerificationToken, newVerificationToken, VERIFICATION_LINK_HOURS } from "./verification-token";

/**
 * A fresh confirmation token for the user (called by the mail worker as it renders the
 * mail, so the secret exists only in the mail). Earlier unused links stay valid until
 * they expire: a mail retried after a lost answer must not void the one that arrived.
 */
export async function issueVerificationToken(userId: string, { now = new Date() }: { now?: Date } = {}) {
  const token = newVerificationToken();
  await db.emailVerificationToken.create({
    data: {
      userId,
      tokenHash: hashVerificationToken(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + VERIFICATION_LINK_HOURS * 3_600_000),
    },
  });
  return token;
}
