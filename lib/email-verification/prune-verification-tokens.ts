import "server-only";
import { db } from "@/lib/db";

/** Deletes confirmation tokens expired for a day (run by the periodic sweep); a used one answers until then. */
export async function pruneVerificationTokens({ now = new Date() }: { now?: Date } = {}): Promise<number> {
  const { count } = await db.emailVerificationToken.deleteMany({
    where: { expiresAt: { lt: new Date(now.getTime() - 24 * 3_600_000) } },
  });
  return count;
}
