import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { localized } from "@/lib/i18n/localized";
import { messageOr } from "@/lib/i18n/message-keys";
import type { AppLocale } from "@/lib/i18n/routing";
import { timeZoneChoices } from "@/lib/time/zone-choices";
import { Alert } from "@/components/ui/alert";
import { Card, CardTitle } from "@/components/ui/card";
import { ProfileForm } from "@/components/account/profile-form";
import { languageNames } from "@/components/auth/language-names";

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

  const facts: { label: string; value: string }[] = [
    { label: t("profile.name"), value: actor.name },
    { label: t("profile.email"), value: actor.email },
    { label: t("profile.role"), value: t(`roles.${actor.role}`) },
    ...(actor.organization
      ? [{ label: t("profile.organization"), value: localized(actor.organization, "name", locale) }]
      : []),
    ...(actor.languages.length
      ? [
          {
            label: t("profile.languages"),
            value: actor.languages.map((code) => messageOr(t, `languages.${code}`, code)).join(", "),
          },
        ]
      : []),
    { label: t("profile.locale"), value: languageNames[actor.locale] },
    { label: t("profile.timeZone"), value: actor.timeZone },
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
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr] sm:gap-y-3" data-testid="profile-facts">
          {facts.map(({ label, value }) => (
            <div key={label} className="contents">
              <dt className="text-sm text-slate-500">{label}</dt>
              <dd className="mb-2 font-medium break-words sm:mb-0">{value}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <Card className="space-y-4" aria-labelledby="preferences-heading">
        <CardTitle id="preferences-heading">{t("profile.editHeading")}</CardTitle>
        <ProfileForm name={actor.name} locale={actor.locale} timeZone={actor.timeZone} timeZones={timeZoneChoices()} />
      </Card>
    </div>
  );
}
