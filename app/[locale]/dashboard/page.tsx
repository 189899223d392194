import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { requirePageActor } from "@/lib/auth/page-guard";
import type { Actor } from "@/lib/auth/actor";
import { countOrganizationsByStatus } from "@/lib/organizations/list-organizations";
import type { AppLocale } from "@/lib/i18n/routing";
import { Card } from "@/components/ui/card";
import { OrganizationStatusCard } from "@/components/account/organization-status-card";
import { SessionRegistrations } from "@/components/account/session-registrations";

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
  const t = await getTranslations("account");

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">{t("dashboard.title")}</h1>
        <p className="text-slate-600">{t("dashboard.welcome", { name: actor.name })}</p>
      </header>
      {actor.organization && actor.role !== "ORGANIZER" ? (
        <>
          <OrganizationStatusCard organization={actor.organization} locale={locale} />
          <SessionRegistrations actor={actor} locale={locale} />
        </>
      ) : null}
      {actor.role === "ORGANIZER" ? <OrganizerSummary actor={actor} /> : null}
      {actor.role === "INTERPRETER" ? (
        <Card className="space-y-2">
          <h2 className="text-lg font-semibold">{t("dashboard.interpreterHeading")}</h2>
          <p className="text-sm text-slate-700">{t("dashboard.interpreterText", { languages: actor.languages.join(" · ") })}</p>
          <Link href="/profile" className="text-sm font-medium text-brand-700 hover:underline">
            {t("dashboard.openProfile")}
          </Link>
        </Card>
      ) : null}
    </div>
  );
}

async function OrganizerSummary({ actor }: { actor: Actor }) {
  const t = await getTranslations("account");
  const counts = await countOrganizationsByStatus(actor);
  const statuses = ["PENDING", "APPROVED", "REJECTED", "SUSPENDED"] as const;
  return (
    <Card className="space-y-4">
      <h2 className="text-lg font-semibold">{t("dashboard.accessHeading")}</h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {statuses.map((status) => (
          <Link key={status} href={{ pathname: "/admin/organizations", query: { status } }} className="rounded-md border border-slate-200 p-3 hover:border-brand-500">
            <dt className="text-xs text-slate-500">{t(`status.${status}`)}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{counts[status] ?? 0}</dd>
          </Link>
        ))}
      </dl>
    </Card>
  );
}
