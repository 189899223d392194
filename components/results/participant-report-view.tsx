import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatMoney } from "@/lib/money/format-money";
import { formatCount } from "@/lib/results/format";
import type { ParticipantReport } from "@/lib/results/load-participant-report";
import { formatCalendarDay } from "@/lib/time/format-day";
import { formatDateTime } from "@/lib/time/format";
import { zoneCityName } from "@/lib/time/zone-city";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { DataTable } from "./data-table";

/** A supplier's or buyer's own fair: its totals, its meetings with outcomes, and its open follow-ups. */
export async function ParticipantReportView({
  report,
  locale,
  viewerZone,
}: {
  report: ParticipantReport;
  locale: AppLocale;
  viewerZone: string;
}) {
  const t = await getTranslations("results");
  const { totals } = report;
  const tiles = [
    ["booked", formatCount(totals.booked, locale)],
    ["held", formatCount(totals.held, locale)],
    ["cancelled", formatCount(totals.cancelled, locale)],
    ["counterpartNoShows", formatCount(totals.counterpartNoShows, locale)],
    ["reported", formatCount(totals.reported, locale)],
    ["orderIntents", formatCount(totals.orderIntents, locale)],
  ] as const;
  return (
    <div className="space-y-6">
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-3" data-testid="participant-totals">
        {tiles.map(([key, value]) => (
          <div
            key={key}
            className="rounded-lg border border-slate-200 bg-white px-4 py-3"
            data-testid={`participant-${key}`}
          >
            <dt className="text-xs text-slate-600">{t(`participant.totals.${key}`)}</dt>
            <dd className="text-2xl font-semibold text-slate-900 tabular-nums">{value}</dd>
          </div>
        ))}
        <div
          className="col-span-2 rounded-lg border border-slate-200 bg-white px-4 py-3 md:col-span-3"
          data-testid="participant-value"
        >
          <dt className="text-xs text-slate-600">{t("participant.totals.value")}</dt>
          <dd className="flex flex-wrap gap-x-6 text-lg font-semibold text-slate-900 tabular-nums">
            {totals.valueByCurrency.length
              ? totals.valueByCurrency.map((v) => (
                  <span key={v.currency}>{formatMoney(v.minor, v.currency, locale)}</span>
                ))
              : t("participant.totals.noValue")}
          </dd>
        </div>
      </dl>

      <Card className="space-y-3" aria-labelledby="my-meetings-heading">
        <CardTitle id="my-meetings-heading">{t("participant.meetings")}</CardTitle>
        {report.meetings.length === 0 ? (
          <p className="text-sm text-slate-500">{t("participant.noMeetings")}</p>
        ) : (
          <DataTable
            testId="participant-meetings"
            caption={t("participant.meetings")}
            columns={[
              { label: t("participant.time", { zone: zoneCityName(viewerZone, locale) }) },
              { label: t("participant.counterpart") },
              { label: t("participant.session") },
              { label: t("participant.status") },
              { label: t("participant.yourOutcome") },
              { label: t("participant.theirOutcome") },
            ]}
            rows={report.meetings.map((m) => [
              <Link key="time" href={`/meetings/${m.id}`} className="text-brand-700 hover:underline">
                {formatDateTime(m.startsAt, locale, viewerZone)}
              </Link>,
              <span key="who" data-testid="participant-counterpart">
                {localized(m.counterpart, "name", locale)}
                {m.counterpartNoShow ? (
                  <Badge tone="danger" className="ml-1">
                    {t("participant.noShow")}
                  </Badge>
                ) : null}
              </span>,
              localized(m.session, "title", locale),
              t(`statuses.${m.status}`),
              m.own ? (
                <span key="own" className="space-y-0.5">
                  <span className="block">{t(`kinds.${m.own.outcome}`)}</span>
                  {m.own.estimatedValueMinor !== null && m.own.currency ? (
                    <span className="block text-xs text-slate-600">
                      {formatMoney(m.own.estimatedValueMinor, m.own.currency, locale)}
                    </span>
                  ) : null}
                </span>
              ) : (
                <span key="own" className="text-slate-500">
                  {t("participant.notReported")}
                </span>
              ),
              m.otherReported ? (
                t("participant.reported")
              ) : (
                <span className="text-slate-500">{t("participant.notReported")}</span>
              ),
            ])}
          />
        )}
      </Card>

      <Card className="space-y-3" aria-labelledby="my-follow-ups-heading" data-testid="participant-follow-ups">
        <CardTitle id="my-follow-ups-heading">{t("participant.followUps")}</CardTitle>
        {report.followUps.length === 0 ? (
          <p className="text-sm text-slate-500">{t("participant.followUpsEmpty")}</p>
        ) : (
          <DataTable
            caption={t("participant.followUps")}
            columns={[
              { label: t("participant.due") },
              { label: t("participant.with") },
              { label: t("participant.note") },
            ]}
            rows={report.followUps.map((f) => [
              formatCalendarDay(f.dueOn, locale),
              <Link key="with" href={`/meetings/${f.meeting.id}`} className="text-brand-700 hover:underline">
                {localized(f.meeting.counterpart, "name", locale)}
              </Link>,
              <span key="note" className="break-words">
                {f.note}
              </span>,
            ])}
          />
        )}
      </Card>
    </div>
  );
}
