"use server";

import { getActor } from "@/lib/auth/session";
import { rememberLocale } from "@/lib/users/update-profile";

export async function rememberLocaleAction(locale: string): Promise<void> {
  const actor = await getActor();
  if (actor) await rememberLocale(actor, locale);
}
