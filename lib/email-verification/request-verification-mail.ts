import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { queueAccountMail } from "@/lib/jobs/mail-queue";
import { takeAttempt } from "@/lib/throttle/throttle";
import { retryAfterParams } from "@/lib/throttle/retry-after";
import { emailSchema } from "@/lib/validation/email-address";

export const resendVerificationSchema = z.object({ email: emailSchema });
export type ResendVerificationInput = z.input<typeof resendVerificationSchema>;

/**
 * "Send the link again" from the sign-in page. Throttled per client address and per
 * e-mail address; the answer is the same whether the address is registered, unconfirmed
 * or neither (only an unconfirmed account gets a mail).
 */
export async function requestVerificationMail(
  raw: ResendVerificationInput,
  { clientAddress, now = new Date() }: { clientAddress: string; now?: Date },
): Promise<void> {
  const { email } = resendVerificationSchema.parse(raw);
  const verdict = await takeAttempt(
    [
      { scope: "verificationMail.address", key: clientAddress },
      { scope: "verificationMail.account", key: email },
    ],
    { now },
  );
  if (!verdict.allowed) {
    throw new AppError("RATE_LIMITED", "tooManyVerificationMails", undefined, retryAfterParams(verdict));
  }
  const user = await db.user.findFirst({
    where: { email, emailVerifiedAt: null, disabledAt: null },
    select: { id: true },
  });
  if (user) await queueAccountMail({ kind: "verifyEmail", recipientId: user.id });
}
