import "server-only";
import { redirect } from "next/navigation";
import { getActor } from "./session";
import type { Actor } from "./actor";
import { can, type Permission } from "./permissions";

/**
 * For pages: the signed-in actor, or a redirect to sign-in that comes back here.
 * With a `permission`, an actor without it gets `null` so the page can render a 403 message.
 */
export async function requirePageActor(locale: string, path: string): Promise<Actor>;
export async function requirePageActor(locale: string, path: string, permission: Permission): Promise<Actor | null>;
export async function requirePageActor(locale: string, path: string, permission?: Permission): Promise<Actor | null> {
  const actor = await getActor();
  if (!actor) redirect(`/${locale}/login?callbackUrl=${encodeURIComponent(`/${locale}${path}`)}`);
  if (permission && !can(actor, permission)) return null;
  return actor;
}
