import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import { queryOfFilters, type ReportFilters } from "@/lib/results/filters";
import { Link } from "@/lib/i18n/navigation";
import { buttonVariants } from "@/components/ui/button";

/** The report's downloads (CSV and Excel, of the report and of the meeting list) and its printable page. */
export async function ReportDownloads({
  fairId,
  filters,
  locale,
}: {
  fairId: string;
  filters: ReportFilters;
  locale: AppLocale;
}) {
  const t = await getTranslations("results.page");
  const file = (what: "report" | "meetings", format: "csv" | "xlsx") =>
    `/api/results/${fairId}/${what}${queryOfFilters(filters, { format, lang: locale })}`;
  const link = buttonVariants({ size: "sm", variant: "secondary" });
  return (
    <nav aria-label={t("downloads")} className="flex flex-wrap gap-2 print:hidden" data-testid="results-downloads">
      <a href={file("report", "xlsx")} className={link} download data-testid="download-report-xlsx">
        {t("reportXlsx")}
      </a>
      <a href={file("report", "csv")} className={link} download data-testid="download-report-csv">
        {t("reportCsv")}
      </a>
      <a href={file("meetings", "xlsx")} className={link} download data-testid="download-meetings-xlsx">
        {t("meetingsXlsx")}
      </a>
      <a href={file("meetings", "csv")} className={link} download data-testid="download-meetings-csv">
        {t("meetingsCsv")}
      </a>
      <Link href={`/admin/fairs/${fairId}/report/print${queryOfFilters(filters)}`} className={link}>
        {t("print")}
      </Link>
    </nav>
  );
}
