import "server-only";
import { redirect } from "next/navigation";
import type { Role } from "@/lib/generated/prisma/enums";
import { getActor } from "./session";
import type { Actor } from "./actor";

/**
 * For pages: the signed-in actor, or a redirect to sign-in that comes back here.
 * With `roles`, anyone else gets `null` so the page can render a 403 message.
 */
export async function requirePageActor(locale: string, path: string): Promise<Actor>;
export async function requirePageActor(locale: string, path: string, roles: Role[]): Promise<Actor | null>;
export async function requirePageActor(locale: string, path: string, roles?: Role[]): Promise<Actor | null> {
  const actor = await getActor();
  if (!actor) redirect(`/${locale}/login?callbackUrl=${encodeURIComponent(`/${locale}${path}`)}`);
  if (roles && !roles.includes(actor.role)) return null;
  return actor;
}
