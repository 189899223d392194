import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { loadReportForPage } from "@/lib/results/report-page";
import { formatDateTime } from "@/lib/time/format";
import { zoneCityName } from "@/lib/time/zone-city";
import { Alert } from "@/components/ui/alert";
import { Forbidden } from "@/components/account/forbidden";
import { ConsoleHeader } from "@/components/console/console-header";
import { ReportDownloads } from "@/components/results/report-downloads";
import { ReportFilterForm } from "@/components/results/report-filters";
import { ReportView } from "@/components/results/report-view";

type Props = {
  params: Promise<{ locale: AppLocale; fairId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "results.page" });
  return { title: t("title") };
}

/** The organizer's results of one fair (or one session), filtered through the URL, with downloads. */
export default async function FairReportPage({ params, searchParams }: Props) {
  const { locale, fairId } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, `/admin/fairs/${fairId}/report`, "read:report:any");
  if (!actor) return <Forbidden />;
  const { report, filtersInvalid } = await loadReportForPage(actor, fairId, await searchParams);
  const t = await getTranslations("results.page");
  const fairName = localized(report.fair, "name", locale);
  const title = report.session ? `${fairName} · ${localized(report.session, "title", locale)}` : fairName;

  return (
    <div className="space-y-6" data-testid="fair-report">
      <ConsoleHeader
        title={title}
        intro={t("intro", {
          time: formatDateTime(new Date(), locale, report.fair.timeZone),
          zone: zoneCityName(report.fair.timeZone, locale),
        })}
        back={{ href: `/admin/fairs/${report.fair.id}`, label: t("back") }}
      />
      {filtersInvalid ? (
        <Alert tone="warning" role="alert" data-testid="filters-invalid">
          {t("filtersInvalid")}
        </Alert>
      ) : null}
      <ReportFilterForm
        action={`/${locale}/admin/fairs/${report.fair.id}/report`}
        filters={report.filters}
        sessions={report.fair.sessions}
        categories={report.categories}
        locale={locale}
      />
      <ReportDownloads fairId={report.fair.id} filters={report.filters} locale={locale} />
      <ReportView report={report} locale={locale} />
    </div>
  );
}
