import "server-only";
import { db } from "@/lib/db";
import { AppError, isConflictViolation } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { queueAccountMail } from "@/lib/jobs/mail-queue";
import { takeAttempt } from "@/lib/throttle/throttle";
import { retryAfterParams } from "@/lib/throttle/retry-after";
import { createOrganizationAccount } from "./create-organization-account";
import { signUpSchema, type SignUpInput } from "./schemas";

export type SignUpOutcome =
  | { outcome: "created"; organization: { id: string }; user: { id: string; email: string } }
  | { outcome: "alreadyRegistered" };

/**
 * Sign-up of a supplier or buyer, as the public form does it. The answer the visitor
 * sees is the same whether or not the address is registered ("check your mailbox"):
 * a new address gets an unconfirmed account and a confirmation link; a registered one
 * writes nothing and its owner is told by mail (or, still unconfirmed, mailed a new
 * link). The organization starts PENDING until an organizer approves it. Accepted
 * forms are throttled per client address.
 */
export async function registerOrganization(
  raw: SignUpInput,
  { clientAddress, now = new Date() }: { clientAddress: string; now?: Date },
): Promise<SignUpOutcome> {
  const input = signUpSchema.parse(raw);
  const verdict = await takeAttempt([{ scope: "signUp.address", key: clientAddress }], { now });
  if (!verdict.allowed) throw new AppError("RATE_LIMITED", "tooManySignUps", undefined, retryAfterParams(verdict));

  // Hashed before the address is looked up, so a registered address does not answer faster.
  const passwordHash = await hashPassword(input.password);
  const existing = await findAccount(input.email);
  if (existing) return tellOwner(existing);
  try {
    const { organization, user } = await createOrganizationAccount(input, { passwordHash, emailVerifiedAt: null });
    await queueAccountMail({ kind: "verifyEmail", recipientId: user.id });
    return { outcome: "created", organization, user };
  } catch (error) {
    // A simultaneous sign-up took the address first: answer as for a registered one.
    if (!isConflictViolation(error)) throw error;
    const winner = await findAccount(input.email);
    if (!winner) throw error;
    return tellOwner(winner);
  }
}

function findAccount(email: string) {
  return db.user.findUnique({ where: { email }, select: { id: true, emailVerifiedAt: true } });
}

async function tellOwner(owner: { id: string; emailVerifiedAt: Date | null }): Promise<SignUpOutcome> {
  await queueAccountMail({ kind: owner.emailVerifiedAt ? "signUpAttempted" : "verifyEmail", recipientId: owner.id });
  return { outcome: "alreadyRegistered" };
}
