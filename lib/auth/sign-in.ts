import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { forgiveAttempt, takeAttempt } from "@/lib/throttle/throttle";
import { emailSchema } from "@/lib/validation/email-address";
import { dummyPasswordHash, verifyPassword } from "./password";
import { signInThrottleKeys } from "./sign-in-throttle-keys";

export const credentialsSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(200),
});

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid" | "unconfirmed" }
  | { ok: false; reason: "rateLimited"; retryAfterSeconds: number };

/**
 * Checks an e-mail and password, the core of the sign-in form. The attempt is taken
 * from the throttle (atomically, see takeAttempt) before the password is verified, so
 * parallel guesses cannot all be checked; a refused one is not checked at all, right
 * password or not. A correct password gives its attempt back and clears the
 * account-and-address counter. An unconfirmed address is told to confirm first.
 */
export async function signInWithPassword(
  credentials: unknown,
  { clientAddress, now = new Date() }: { clientAddress: string; now?: Date },
): Promise<SignInResult> {
  const parsed = credentialsSchema.safeParse(credentials ?? {});
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const keys = signInThrottleKeys(email, clientAddress);

  const verdict = await takeAttempt(keys.all, { now });
  if (!verdict.allowed) return { ok: false, reason: "rateLimited", retryAfterSeconds: verdict.retryAfterSeconds };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true, emailVerifiedAt: true },
  });
  // An unknown address costs a hash check too, so timing does not tell which addresses exist.
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !valid || user.disabledAt) return { ok: false, reason: "invalid" };

  await forgiveAttempt({ reset: [keys.pair], uncount: [keys.account, keys.address] }, { now });
  if (!user.emailVerifiedAt) return { ok: false, reason: "unconfirmed" };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
