import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { requirePageActor } from "@/lib/auth/page-guard";
import { listAuditEntries } from "@/lib/audit/list-audit-entries";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { Card } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { AuditTable } from "@/components/admin/audit-table";

const pageSize = 100;
const maxEntries = 500;

type Props = {
  params: Promise<{ locale: AppLocale }>;
  searchParams: Promise<{ organizationId?: string; take?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.audit" });
  return { title: t("title") };
}

export default async function AuditPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { organizationId, take: takeParam } = await searchParams;
  setRequestLocale(locale);
  const actor = await requirePageActor(
    locale,
    organizationId ? `/admin/audit?${new URLSearchParams({ organizationId })}` : "/admin/audit",
    "read:audit:any",
  );
  if (!actor) return <Forbidden />;
  const t = await getTranslations("admin.audit");
  // 100 entries at a time, up to the 500 the query allows.
  const take = Math.min(Math.max(Number(takeParam) || pageSize, pageSize), maxEntries);
  const entries = await listAuditEntries(actor, { organizationId: organizationId || undefined, take });
  const filteredOrganization = organizationId ? entries.find((entry) => entry.organization)?.organization : undefined;

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-600">{t("intro", { zone: actor.timeZone })}</p>
      </header>
      {organizationId ? (
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" data-testid="audit-filter">
          <span className="font-medium break-words">
            {filteredOrganization
              ? t("filteredBy", { name: localized(filteredOrganization, "name", locale) })
              : t("filteredByUnknown")}
          </span>
          <Link href="/admin/audit" className="text-brand-700 hover:underline">
            {t("showAll")}
          </Link>
        </p>
      ) : null}
      {entries.length === 0 ? (
        <Card>
          <p className="text-slate-600">{t("empty")}</p>
        </Card>
      ) : (
        <AuditTable entries={entries} locale={locale} viewerTimeZone={actor.timeZone} />
      )}
      {entries.length === take && take < maxEntries ? (
        <Link
          href={{
            pathname: "/admin/audit",
            query: { ...(organizationId ? { organizationId } : {}), take: take + pageSize },
          }}
          className="inline-block text-sm font-medium text-brand-700 hover:underline"
        >
          {t("showOlder")}
        </Link>
      ) : null}
    </div>
  );
}
