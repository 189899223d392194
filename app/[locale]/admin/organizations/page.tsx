import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { countOrganizationsByStatus, listOrganizationsForReview } from "@/lib/organizations/list-organizations";
import { can } from "@/lib/auth/permissions";
import { loadCreditLevels } from "@/lib/credit/load-credit";
import { reviewDecisions } from "@/lib/organizations/schemas";
import type { AppLocale } from "@/lib/i18n/routing";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { OrganizationRow } from "@/components/admin/organization-row";
import { QueueFilters, parseQueueFilter } from "@/components/admin/queue-filters";

type Props = {
  params: Promise<{ locale: AppLocale }>;
  searchParams: Promise<{ status?: string; kind?: string; decided?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.organizations" });
  return { title: t("title") };
}

export default async function OrganizationsReviewPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const query = await searchParams;
  setRequestLocale(locale);
  const filter = parseQueueFilter(query);
  const tab = new URLSearchParams({ status: filter.status, kind: filter.kind });
  const actor = await requirePageActor(locale, `/admin/organizations?${tab}`, "review:organization:any");
  if (!actor) return <Forbidden />;
  const t = await getTranslations("admin.organizations");

  const counts = await countOrganizationsByStatus(actor);
  const organizations = await listOrganizationsForReview(actor, {
    status: filter.status === "ALL" ? undefined : filter.status,
    kind: filter.kind === "ALL" ? undefined : filter.kind,
  });
  const credit = can(actor, "read:credit:any")
    ? await loadCreditLevels(
        actor,
        organizations.map((organization) => organization.id),
      )
    : new Map();
  const decided = reviewDecisions.find((decision) => decision === query.decided);
  // Where a decision returns to: this very tab, so the organizer keeps their place.
  const returnTo = `/${locale}/admin/organizations?${tab}`;

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-600">{t("intro")}</p>
      </header>
      {decided ? (
        <Alert tone="success" role="status" data-testid="decision-notice">
          {t(`decided.${decided}`)}
        </Alert>
      ) : null}
      <QueueFilters filter={filter} counts={counts} />
      {organizations.length === 0 ? (
        <Card>
          <p className="text-slate-600">{t("empty")}</p>
        </Card>
      ) : (
        <ul className="space-y-3" aria-label={t("listLabel", { count: organizations.length })}>
          {organizations.map((organization) => (
            <li key={organization.id}>
              <OrganizationRow
                organization={organization}
                locale={locale}
                viewerTimeZone={actor.timeZone}
                returnTo={returnTo}
                credit={credit.get(organization.id)}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
