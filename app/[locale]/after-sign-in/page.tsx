import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/auth/safe-callback";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ callbackUrl?: string }> };

/** After sign-in the person's preferred language (from their profile) wins. */
export default async function AfterSignIn({ params, searchParams }: Props) {
  const { locale } = await params;
  const { callbackUrl } = await searchParams;
  const actor = await getActor();
  if (!actor) redirect(`/${locale}/login`);
  redirect(safeCallbackPath(callbackUrl) ?? `/${actor.locale}/dashboard`);
}
