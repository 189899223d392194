import "server-only";
import { db } from "@/lib/db";

/** Failures tolerated in the window before sign-in is refused for that key. */
export const loginLimits = {
  windowMinutes: 15,
  perAccount: 5,
  perAddress: 20,
} as const;

export type LoginBlock = { blocked: false } | { blocked: true; retryAfterMinutes: number };

/**
 * Counts recent failures for the account and for the address. Kept in Postgres
 * so every app instance sees the same counts.
 */
export async function checkLoginAllowed(email: string, ip: string, now = new Date()): Promise<LoginBlock> {
  const since = new Date(now.getTime() - loginLimits.windowMinutes * 60_000);
  const [byAccount, byAddress] = await Promise.all([
    db.loginFailure.findMany({
      where: { email, createdAt: { gte: since } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    }),
    db.loginFailure.findMany({
      where: { ip, createdAt: { gte: since } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    }),
  ]);
  const oldestBlocking = [
    byAccount.length >= loginLimits.perAccount ? byAccount[byAccount.length - loginLimits.perAccount] : undefined,
    byAddress.length >= loginLimits.perAddress ? byAddress[byAddress.length - loginLimits.perAddress] : undefined,
  ].filter((row): row is { createdAt: Date } => Boolean(row));
  if (oldestBlocking.length === 0) return { blocked: false };
  const releaseAt =
    Math.max(...oldestBlocking.map((row) => row.createdAt.getTime())) + loginLimits.windowMinutes * 60_000;
  return { blocked: true, retryAfterMinutes: Math.max(1, Math.ceil((releaseAt - now.getTime()) / 60_000)) };
}

export async function recordLoginFailure(email: string, ip: string): Promise<void> {
  await db.loginFailure.create({ data: { email, ip } });
}

export async function clearLoginFailures(email: string): Promise<void> {
  await db.loginFailure.deleteMany({ where: { email } });
}
