import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { knownCities, countries } from "@/lib/geo/cities";
import { timeZoneChoices } from "@/lib/time/zone-choices";
import { SignUpForm } from "@/components/auth/sign-up-form";

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<{ kind?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth.signUp" });
  return { title: t("title") };
}

export default async function SignUpPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { kind } = await searchParams;
  setRequestLocale(locale);
  const t = await getTranslations("auth.signUp");

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-600">{t("intro")}</p>
      </header>
      <SignUpForm
        initialKind={kind === "BUYER" ? "BUYER" : "SUPPLIER"}
        locale={locale}
        cities={knownCities.map((city) => ({ ...city, label: city.name[locale] }))}
        countries={[...countries]}
        timeZones={timeZoneChoices()}
      />
      <p className="text-sm text-slate-600">
        {t("haveAccount")}{" "}
        <Link href="/login" className="font-medium text-brand-700 hover:underline">
          {t("signIn")}
        </Link>
      </p>
    </div>
  );
}
