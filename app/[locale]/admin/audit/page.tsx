import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { listAuditEntries } from "@/lib/audit/list-audit-entries";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatDateTime } from "@/lib/time/format";
import { Card } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<{ organizationId?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.audit" });
  return { title: t("title") };
}

export default async function AuditPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { organizationId } = await searchParams;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, "/admin/audit", ["ORGANIZER"]);
  if (!actor) return <Forbidden />;
  const t = await getTranslations("admin.audit");
  const tRoles = await getTranslations("account.roles");
  const entries = await listAuditEntries(actor, { organizationId, take: 200 });

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-600">{t("intro", { zone: actor.timeZone })}</p>
      </header>
      {entries.length === 0 ? (
        <Card>
          <p className="text-slate-600">{t("empty")}</p>
        </Card>
      ) : (
        <Card className="overflow-x-auto p-0">
          <table className="min-w-full text-left text-sm">
            <thead className="bg-slate-50 text-xs uppercase text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-2">{t("when")}</th>
                <th scope="col" className="px-4 py-2">{t("who")}</th>
                <th scope="col" className="px-4 py-2">{t("what")}</th>
                <th scope="col" className="px-4 py-2">{t("organization")}</th>
                <th scope="col" className="px-4 py-2">{t("reason")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {entries.map((entry) => (
                <tr key={entry.id} className="align-top">
                  <td className="whitespace-nowrap px-4 py-2 tabular-nums">{formatDateTime(entry.createdAt, locale, actor.timeZone)}</td>
                  <td className="px-4 py-2">
                    {entry.actor ? `${entry.actor.name} (${tRoles(entry.actor.role)})` : t("system")}
                  </td>
                  <td className="px-4 py-2">{t.has(`actions.${entry.action}`) ? t(`actions.${entry.action}`) : entry.action}</td>
                  <td className="px-4 py-2">{entry.organization ? localized(entry.organization, "name", locale) : "—"}</td>
                  <td className="px-4 py-2 text-slate-700">{entry.reason ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
    </div>
  );
}
