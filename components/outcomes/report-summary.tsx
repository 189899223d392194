import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatMoney } from "@/lib/money/format-money";
import type { OutcomeReportView } from "@/lib/outcomes/get-meeting-outcomes";
import { formatDateTime } from "@/lib/time/format";
import { Badge } from "@/components/ui/badge";

const kindTone = {
  ORDER_INTENT: "success",
  QUOTATION_SENT: "info",
  SAMPLE_REQUESTED: "info",
  FOLLOW_UP: "info",
  NO_INTEREST: "neutral",
} as const;

type Props = { report: OutcomeReportView; locale: AppLocale; timeZone: string; compact?: boolean };

/** One side's report: kind, order estimate, note and who wrote it when. */
export async function ReportSummary({ report, locale, timeZone, compact = false }: Props) {
  const t = await getTranslations("outcomes");
  return (
    <div className="space-y-1 text-sm" data-testid={`outcome-report-${report.side.toLowerCase()}`}>
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={kindTone[report.outcome]}>{t(`kinds.${report.outcome}`)}</Badge>
        {report.estimatedValueMinor !== null && report.currency ? (
          <span className="font-medium text-slate-900 tabular-nums" data-testid="outcome-value">
            {compact ? null : `${t("section.value")}: `}
            {formatMoney(report.estimatedValueMinor, report.currency, locale)}
          </span>
        ) : null}
      </div>
      {report.note ? (
        <p className="break-words whitespace-pre-line text-slate-700" data-testid="outcome-note">
          {report.note}
        </p>
      ) : null}
      <p className="text-xs text-slate-500">
        {t("section.by", { name: report.author.name, time: formatDateTime(report.updatedAt, locale, timeZone) })}
      </p>
    </div>
  );
}
