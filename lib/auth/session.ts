import "server-only";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";
import { loadActor, type Actor } from "./actor";

/** The current request's actor, or null when signed out (or the account is gone). */
export async function getActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  const userId = (session?.user as { id?: string } | undefined)?.id;
  if (!userId) return null;
  return loadActor(userId);
}
