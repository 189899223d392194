import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { queryOfFilters } from "@/lib/results/filters";
import { regionLabel } from "@/lib/results/geography";
import { loadReportForPage } from "@/lib/results/report-page";
import { formatDateTime } from "@/lib/time/format";
import { zoneCityName } from "@/lib/time/zone-city";
import { Forbidden } from "@/components/account/forbidden";
import { PrintButton } from "@/components/results/print-button";
import { ReportView } from "@/components/results/report-view";
import "@/components/results/print.css";

type Props = {
  params: Promise<{ locale: AppLocale; fairId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "results.print" });
  return { title: t("title") };
}

/** The report laid out for paper: the browser's "Save as PDF" makes the organizer's PDF. */
export default async function PrintableReportPage({ params, searchParams }: Props) {
  const { locale, fairId } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, `/admin/fairs/${fairId}/report/print`, "read:report:any");
  if (!actor) return <Forbidden />;
  const { report } = await loadReportForPage(actor, fairId, await searchParams);
  const t = await getTranslations("results");
  const fairName = localized(report.fair, "name", locale);
  const title = report.session ? `${fairName} · ${localized(report.session, "title", locale)}` : fairName;
  const filters = [
    report.filters.category &&
      localized(
        report.allCategories.find((c) => c.id === report.filters.category)!,
        "name",
        locale,
      ),
    report.filters.region && regionLabel(report.filters.region, locale),
    report.filters.from && `${t("filters.from")}: ${report.filters.from}`,
    report.filters.to && `${t("filters.to")}: ${report.filters.to}`,
  ].filter(Boolean);

  return (
    <article className="space-y-6" data-testid="printable-report">
      <div className="flex flex-wrap items-center gap-3 print:hidden" data-print-hide>
        <PrintButton label={t("print.button")} />
        <Link
          href={`/admin/fairs/${report.fair.id}/report${queryOfFilters(report.filters)}`}
          className="text-sm text-brand-700 hover:underline"
        >
          {t("print.back")}
        </Link>
      </div>
      <div className="space-y-1 border-b border-slate-200 pb-3">
        <h1 className="text-2xl font-semibold break-words">{title}</h1>
        <p className="text-sm text-slate-600">
          {t("page.title")} · {t("print.generated", { time: formatDateTime(new Date(), locale, report.fair.timeZone) })}{" "}
          ({zoneCityName(report.fair.timeZone, locale)})
        </p>
        {filters.length ? <p className="text-sm text-slate-600">{filters.join(" · ")}</p> : null}
      </div>
      <ReportView report={report} locale={locale} />
    </article>
  );
}
