import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { AppLocale } from "@/lib/i18n/routing";
import { isAppLocale } from "@/lib/i18n/routing";
import { updateProfileSchema, type UpdateProfileInput } from "./schemas";

/** Everyone edits only their own profile: the id comes from the session, never from input. */
export async function updateOwnProfile(actor: Actor, raw: UpdateProfileInput) {
  const input = updateProfileSchema.parse(raw);
  return db.user.update({
    where: { id: actor.id },
    data: input,
    select: { id: true, locale: true, timeZone: true, name: true },
  });
}

/** Remembers the language a signed-in person switched to, so it follows them to other devices. */
export async function rememberLocale(actor: Actor, locale: string): Promise<void> {
  if (!isAppLocale(locale) || actor.locale === locale) return;
  await db.user.update({ where: { id: actor.id }, data: { locale: locale as AppLocale } });
}
