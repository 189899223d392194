import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { requirePageActor } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { messageOr } from "@/lib/i18n/message-keys";
import type { AppLocale } from "@/lib/i18n/routing";
import { Card, CardTitle } from "@/components/ui/card";
import { OrganizationStatusCard } from "@/components/account/organization-status-card";
import { OrganizerSummary } from "@/components/account/organizer-summary";
import { SessionRegistrations } from "@/components/account/session-registrations";
import { UpcomingMeetings } from "@/components/account/upcoming-meetings";

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "account.dashboard" });
  return { title: t("title") };
}

export default async function DashboardPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, "/dashboard");
  const interprets = can(actor, "interpret:meeting:own");
  const t = await getTranslations("account");

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("dashboard.title")}</h1>
        <p className="text-slate-600">{t("dashboard.welcome", { name: actor.name })}</p>
      </header>
      {actor.organization && can(actor, "register:session:own") ? (
        <>
          <OrganizationStatusCard organization={actor.organization} locale={locale} />
          <SessionRegistrations actor={actor} locale={locale} />
        </>
      ) : null}
      {can(actor, "manage:fair:any") ? <OrganizerSummary actor={actor} /> : null}
      {interprets ? <UpcomingMeetings actor={actor} locale={locale} /> : null}
      {interprets ? (
        <Card className="space-y-2">
          <CardTitle>{t("dashboard.interpreterHeading")}</CardTitle>
          <p className="text-sm text-slate-700">
            {t("dashboard.interpreterText", {
              languages: actor.languages.map((code) => messageOr(t, `languages.${code}`, code)).join(" · "),
            })}
          </p>
          <Link href="/profile" className="inline-block text-sm font-medium text-brand-700 hover:underline">
            {t("dashboard.openProfile")}
          </Link>
        </Card>
      ) : null}
    </div>
  );
}
