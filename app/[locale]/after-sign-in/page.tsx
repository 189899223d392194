import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { sameSitePath, withPreferredLocale } from "@/lib/auth/preferred-locale-path";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ callbackUrl?: string }> };

/**
 * Where the sign-in form sends people: the page they asked for (same site only,
 * no open redirects) or their dashboard, in the language of their profile.
 */
export default async function AfterSignIn({ params, searchParams }: Props) {
  const { locale } = await params;
  const { callbackUrl } = await searchParams;
  const actor = await getActor();
  if (!actor) redirect(`/${locale}/login`);
  const callback = sameSitePath(safeCallbackPath(callbackUrl));
  redirect(callback ? withPreferredLocale(callback, actor.locale) : `/${actor.locale}/dashboard`);
}
