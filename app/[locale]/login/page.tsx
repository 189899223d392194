import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { getActor } from "@/lib/auth/session";
import { Alert } from "@/components/ui/alert";
import { SignInForm } from "@/components/auth/sign-in-form";

type Props = {
  params: Promise<{ locale: AppLocale }>;
  searchParams: Promise<{ email?: string; callbackUrl?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth.signIn" });
  return { title: t("title") };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { email, callbackUrl } = await searchParams;
  setRequestLocale(locale);
  const t = await getTranslations("auth.signIn");
  const actor = await getActor().catch(() => null);

  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {actor ? (
        <Alert tone="info" role="status">
          {t("alreadySignedIn", { email: actor.email })}{" "}
          <Link href="/dashboard" className="font-medium underline">
            {t("toDashboard")}
          </Link>
        </Alert>
      ) : null}
      <SignInForm defaultEmail={email} callbackUrl={callbackUrl} />
      <p className="text-sm text-slate-600">
        {t("noAccount")}{" "}
        <Link href="/signup" className="font-medium text-brand-700 hover:underline">
          {t("register")}
        </Link>
      </p>
    </div>
  );
}
