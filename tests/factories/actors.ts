import { loadActor, type Actor } from "@/lib/auth/actor";

/** The actor as every domain function sees it, read fresh from the database. */
export async function actorFor(userId: string): Promise<Actor> {
  const actor = await loadActor(userId);
  if (!actor) throw new Error(`factory: user ${userId} cannot be loaded as an actor`);
  return actor;
}
