import { db } from "@/lib/db";
import { loadActor, type Actor } from "@/lib/auth/actor";

/** The actor of a demo account, to call domain functions in its name. */
export async function actorByEmail(email: string): Promise<Actor> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  const actor = user ? await loadActor(user.id) : null;
  if (!actor) throw new Error(`seed: demo account ${email} is missing`);
  return actor;
}
