import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import type { AppLocale } from "@/lib/i18n/routing";
import { minorToDecimalString } from "@/lib/money/minor-units";
import { getMeetingOutcomes, type OutcomeReportView } from "@/lib/outcomes/get-meeting-outcomes";
import { Card, CardTitle } from "@/components/ui/card";
import { OutcomeForm, type OutcomeFormValues } from "./outcome-form";
import { ReportSummary } from "./report-summary";

type Props = {
  actor: Actor;
  meeting: { id: string; status: string };
  locale: AppLocale;
};

function formValues(report: OutcomeReportView | undefined): OutcomeFormValues | null {
  if (!report) return null;
  return {
    outcome: report.outcome,
    estimatedValue: report.estimatedValueMinor === null ? "" : minorToDecimalString(report.estimatedValueMinor),
    currency: report.currency ?? "",
    note: report.note ?? "",
  };
}

/**
 * The meeting page's outcome part. A party records its side's outcome (from the
 * slot's start on) and learns only whether the other side has reported; organizers
 * read both reports. The interpreter sees nothing here. What is shown is exactly
 * what getMeetingOutcomes returned for this viewer.
 */
export async function OutcomeSection({ actor, meeting, locale }: Props) {
  const outcomes = await getMeetingOutcomes(actor, meeting.id);
  if (outcomes.role === "interpreter") return null;
  const t = await getTranslations("outcomes");

  if (outcomes.role === "organizer") {
    if (meeting.status === "CANCELLED" && outcomes.reports.length === 0) return null;
    return (
      <Card className="space-y-3" data-testid="outcome-section">
        <CardTitle>{t("section.title")}</CardTitle>
        <p className="text-sm text-slate-600">{t("section.organizerIntro")}</p>
        {outcomes.meetingOutcome ? (
          <p className="text-sm font-medium text-slate-900" data-testid="meeting-outcome">
            {t("section.derived", { outcome: t(`meetingOutcome.${outcomes.meetingOutcome}`) })}
          </p>
        ) : null}
        <dl className="grid gap-4 sm:grid-cols-2">
          {(["SUPPLIER", "BUYER"] as const).map((side) => {
            const report = outcomes.reports.find((r) => r.side === side);
            return (
              <div key={side} className="space-y-1">
                <dt className="text-xs text-slate-500">{t(`sides.${side}`)}</dt>
                <dd>
                  {report ? (
                    <ReportSummary report={report} locale={locale} timeZone={actor.timeZone} />
                  ) : (
                    <span className="text-sm text-slate-500">{t("section.notReported")}</span>
                  )}
                </dd>
              </div>
            );
          })}
        </dl>
      </Card>
    );
  }

  // Before the slot begins there is nothing to record (recordOutcome refuses it too).
  if (!outcomes.canRecord) return null;
  const own = outcomes.reports[0];
  const otherSide = outcomes.viewerSide === "SUPPLIER" ? "BUYER" : "SUPPLIER";
  const other = t(`section.otherSide.${otherSide}`);
  return (
    <Card className="space-y-3" data-testid="outcome-section">
      <CardTitle>{t("section.title")}</CardTitle>
      <p className="text-sm text-slate-600">{t("section.intro")}</p>
      <p className="text-xs text-slate-500">{t("section.privacy")}</p>
      {own ? (
        <div className="rounded-md border border-slate-200 bg-slate-50 p-3">
          <p className="mb-1 text-xs font-medium text-slate-500">{t("section.yours")}</p>
          <ReportSummary report={own} locale={locale} timeZone={actor.timeZone} />
        </div>
      ) : null}
      <p className="text-sm text-slate-600" data-testid="other-side-outcome">
        {outcomes.otherSideReported
          ? t("section.otherReported", { side: other })
          : t("section.otherNotReported", { side: other })}
      </p>
      <OutcomeForm meetingId={meeting.id} saved={formValues(own)} />
    </Card>
  );
}
