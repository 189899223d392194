import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { preferredTimeZones } from "@/lib/time/zones";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { ProfileForm } from "@/components/account/profile-form";

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "account.profile" });
  return { title: t("title") };
}

export default async function ProfilePage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { saved } = await searchParams;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, "/profile");
  const t = await getTranslations("account");
  const zones = [...preferredTimeZones, ...Intl.supportedValuesOf("timeZone").filter((z) => !preferredTimeZones.includes(z))];
  const facts: [string, string][] = [
    [t("profile.email"), actor.email],
    [t("profile.role"), t(`roles.${actor.role}`)],
    ...(actor.organization ? ([[t("profile.organization"), localized(actor.organization, "name", locale)]] as [string, string][]) : []),
    ...(actor.languages.length ? ([[t("profile.languages"), actor.languages.map((l) => t(`languages.${l}`)).join(", ")]] as [string, string][]) : []),
  ];

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold">{t("profile.title")}</h1>
      {saved ? (
        <Alert tone="success" role="status">
          {t("profile.saved")}
        </Alert>
      ) : null}
      <Card>
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]" data-testid="profile-facts">
          <dt className="text-sm text-slate-500">{t("profile.name")}</dt>
          <dd className="font-medium">{actor.name}</dd>
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-sm text-slate-500">{label}</dt>
              <dd className="font-medium break-words">{value}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <Card className="space-y-4">
        <h2 className="text-lg font-semibold">{t("profile.editHeading")}</h2>
        <ProfileForm name={actor.name} locale={actor.locale} timeZone={actor.timeZone} timeZones={zones} />
      </Card>
    </div>
  );
}
