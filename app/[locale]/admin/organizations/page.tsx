import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { requirePageActor } from "@/lib/auth/page-guard";
import { listOrganizationsForReview } from "@/lib/organizations/list-organizations";
import { allowedDecisions } from "@/lib/organizations/review-organization";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import type { OrganizationStatus } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/time/format";
import { cn } from "@/lib/cn";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { ReviewDialog } from "@/components/admin/review-dialog";

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<{ status?: string; kind?: string }> };

const statuses = ["PENDING", "APPROVED", "REJECTED", "SUSPENDED"] as const;
const tone = { PENDING: "warning", APPROVED: "success", REJECTED: "danger", SUSPENDED: "danger", ALL: "neutral" } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.organizations" });
  return { title: t("title") };
}

export default async function OrganizationsReviewPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const query = await searchParams;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, "/admin/organizations", ["ORGANIZER"]);
  if (!actor) return <Forbidden />;
  const t = await getTranslations("admin");
  const tAccount = await getTranslations("account");

  const status = query.status === "ALL" ? undefined : (statuses.find((s) => s === query.status) ?? "PENDING");
  const kind = query.kind === "SUPPLIER" || query.kind === "BUYER" ? query.kind : undefined;
  const organizations = await listOrganizationsForReview(actor, { status, kind });
  const tabs: (OrganizationStatus | "ALL")[] = [...statuses, "ALL"];

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("organizations.title")}</h1>
        <p className="text-slate-600">{t("organizations.intro")}</p>
      </header>
      <nav aria-label={t("organizations.filter")} className="flex flex-wrap gap-2">
        {tabs.map((tab) => {
          const active = (status ?? "ALL") === tab;
          return (
            <Link
              key={tab}
              href={{ pathname: "/admin/organizations", query: { status: tab, ...(kind ? { kind } : {}) } }}
              aria-current={active ? "page" : undefined}
              className={cn("rounded-full border px-3 py-1 text-sm", active ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 text-slate-700 hover:border-brand-500")}
            >
              {tab === "ALL" ? t("organizations.all") : tAccount(`status.${tab}`)}
            </Link>
          );
        })}
      </nav>

      {organizations.length === 0 ? (
        <Card>
          <p className="text-slate-600">{t("organizations.empty")}</p>
        </Card>
      ) : (
        <ul className="space-y-3" aria-label={t("organizations.listLabel")}>
          {organizations.map((organization) => {
            const name = localized(organization, "name", locale);
            const contact = organization.users[0];
            return (
              <li key={organization.id}>
                <Card className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between" data-testid="organization-row">
                  <div className="min-w-0 space-y-1">
                    <div className="flex flex-wrap items-center gap-2">
                      <h2 className="font-semibold break-words">{name}</h2>
                      <Badge tone={tone[organization.status]}>{tAccount(`status.${organization.status}`)}</Badge>
                      <Badge>{tAccount(`roles.${organization.kind}`)}</Badge>
                    </div>
                    <p className="text-sm text-slate-600">
                      {organization.city}, {organization.country} · {organization.timeZone} · {t("organizations.applied", { date: formatDate(organization.createdAt, locale, actor.timeZone) })}
                    </p>
                    {contact ? (
                      <p className="text-sm text-slate-600">
                        {contact.name} · <span className="break-all">{contact.email}</span>
                      </p>
                    ) : null}
                    {organization.statusReason ? (
                      <p className="text-sm text-slate-700">
                        {t("organizations.reason")}: {organization.statusReason}
                      </p>
                    ) : null}
                    <Link href={{ pathname: "/admin/audit", query: { organizationId: organization.id } }} className="text-xs text-brand-700 hover:underline">
                      {t("organizations.history")}
                    </Link>
                  </div>
                  <div className="flex flex-wrap gap-2">
                    {allowedDecisions(organization.status).map((decision) => (
                      <ReviewDialog key={decision} organizationId={organization.id} organizationName={name} decision={decision} />
                    ))}
                  </div>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
