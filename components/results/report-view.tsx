import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatMoney } from "@/lib/money/format-money";
import type { FairReport } from "@/lib/results/load-fair-report";
import { formatChange, formatCount, formatDecimal, formatShare } from "@/lib/results/format";
import type { BreakdownDimension, Headline } from "@/lib/results/report-shape";
import { breakdownLabel } from "@/lib/results/report-tables";
import { resultsTranslator } from "@/lib/results/translator";
import { formatCalendarDay } from "@/lib/time/format-day";
import { Card, CardTitle } from "@/components/ui/card";
import { ResultsBarChart, type ChartRow } from "./bar-chart";
import { DataTable } from "./data-table";

const colors = { booked: "#abd3dd", held: "#1a5566", funnel: "#20667a" };

/** A chart and, right after it, the table with the same figures (the chart is hidden from screen readers). */
function ChartWithTable({
  id,
  title,
  intro,
  chart,
  table,
}: {
  id: string;
  title: string;
  intro?: string;
  chart: React.ReactNode;
  table: React.ReactNode;
}) {
  return (
    <Card className="space-y-3 break-inside-avoid" aria-labelledby={`${id}-heading`} data-testid={`section-${id}`}>
      <CardTitle id={`${id}-heading`}>{title}</CardTitle>
      {intro ? <p className="text-sm text-slate-600">{intro}</p> : null}
      <figure className="space-y-3">
        {chart}
        <figcaption className="sr-only">{title}</figcaption>
      </figure>
      {table}
    </Card>
  );
}

/** The headline figures as tiles. */
async function HeadlineTiles({
  headline,
  currency,
  locale,
}: {
  headline: Headline;
  currency: string;
  locale: AppLocale;
}) {
  const t = await getTranslations("results");
  const { meetings, requests, suppliers, buyers } = headline;
  const tiles = [
    {
      id: "suppliers",
      label: t("headline.supplierRegistrations"),
      value: formatCount(suppliers.registered, locale),
      sub: `${t("headline.approved")}: ${formatCount(suppliers.approved, locale)}`,
    },
    {
      id: "buyers",
      label: t("headline.buyerRegistrations"),
      value: formatCount(buyers.registered, locale),
      sub: `${t("headline.approved")}: ${formatCount(buyers.approved, locale)}`,
    },
    {
      id: "requests",
      label: t("headline.requestsSent"),
      value: formatCount(requests.sent, locale),
      sub: `${t("headline.requestsAccepted")}: ${formatCount(requests.accepted, locale)} (${formatShare(requests.acceptanceRate, locale)})`,
    },
    {
      id: "booked",
      label: t("headline.booked"),
      value: formatCount(meetings.booked, locale),
      sub: `${t("headline.cancelled")}: ${formatCount(meetings.cancelled, locale)}`,
    },
    {
      id: "held",
      label: t("headline.held"),
      value: formatCount(meetings.held, locale),
      sub: `${t("headline.noShows")}: ${formatCount(meetings.noShows, locale)}`,
    },
    {
      id: "interpreter",
      label: t("headline.interpreterHours"),
      value: formatDecimal(meetings.interpreterHours, locale),
    },
    { id: "orders", label: t("funnel.orderIntent"), value: formatCount(meetings.orderIntent, locale) },
    {
      id: "value",
      label: t("headline.orderValue", { currency }),
      value: formatMoney(meetings.valueConverted, currency, locale),
      sub: meetings.unconverted ? t("headline.unconverted", { count: meetings.unconverted }) : undefined,
    },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 md:grid-cols-4" data-testid="results-headline">
      {tiles.map((tile) => (
        <div
          key={tile.id}
          className="rounded-lg border border-slate-200 bg-white px-4 py-3 break-inside-avoid"
          data-testid={`headline-${tile.id}`}
        >
          <dt className="text-xs text-slate-600">{tile.label}</dt>
          <dd className="text-xl font-semibold break-words text-slate-900 tabular-nums sm:text-2xl">{tile.value}</dd>
          {tile.sub ? <dd className="text-xs text-slate-600">{tile.sub}</dd> : null}
        </div>
      ))}
    </dl>
  );
}

/** The whole report: headline, funnel, sessions, the five breakdowns, currencies and the previous edition. */
export async function ReportView({ report, locale }: { report: FairReport; locale: AppLocale }) {
  const t = await getTranslations("results");
  const plain = resultsTranslator(locale);
  const currency = report.filters.currency;
  const money = (minor: bigint) => formatMoney(minor, currency, locale);
  const count = (value: number) => formatCount(value, locale);
  const { meetings } = report.headline;
  const series = [
    { key: "booked", name: t("columns.booked"), color: colors.booked },
    { key: "held", name: t("columns.held"), color: colors.held },
  ];

  const funnel = [
    ["held", meetings.held],
    ["reported", meetings.reported],
    ["followUp", meetings.followUp],
    ["sampleRequested", meetings.sampleRequested],
    ["quotationSent", meetings.quotationSent],
    ["orderIntent", meetings.orderIntent],
  ] as const;

  const sessions = report.session ? [report.session] : report.fair.sessions;
  const breakdownColumns = [
    { label: t("columns.item") },
    { label: t("columns.booked"), numeric: true },
    { label: t("columns.held"), numeric: true },
    { label: t("columns.noShows"), numeric: true },
    { label: t("columns.cancelled"), numeric: true },
    { label: t("columns.orderIntent"), numeric: true },
    { label: t("columns.value", { currency }), numeric: true },
  ];
  const label = (dimension: BreakdownDimension, key: string | null) =>
    dimension === "day" && key ? formatCalendarDay(key, locale) : breakdownLabel(report, dimension, key, locale, plain);

  return (
    <div className="space-y-6">
      <HeadlineTiles headline={report.headline} currency={currency} locale={locale} />
      <p className="text-xs text-slate-500">
        {t("page.registrationsNote")} {t("page.requestsNote")}
      </p>

      <ChartWithTable
        id="funnel"
        title={t("funnel.title")}
        intro={t("funnel.intro")}
        chart={
          <ResultsBarChart
            locale={locale}
            layout="vertical"
            rows={funnel.map(([key, value]) => ({ label: t(`funnel.${key}`), meetings: value }))}
            series={[{ key: "meetings", name: t("funnel.meetings"), color: colors.funnel }]}
          />
        }
        table={
          <DataTable
            testId="table-funnel"
            caption={t("breakdown.tableOf", { title: t("funnel.title") })}
            columns={[{ label: t("funnel.stage") }, { label: t("funnel.meetings"), numeric: true }]}
            rows={funnel.map(([key, value]) => [t(`funnel.${key}`), count(value)])}
          />
        }
      />

      <Card className="space-y-3" aria-labelledby="sessions-heading" data-testid="section-session">
        <CardTitle id="sessions-heading">{t("breakdown.session")}</CardTitle>
        <DataTable
          testId="table-session"
          caption={t("breakdown.session")}
          columns={[
            { label: t("columns.item") },
            { label: t("columns.registered"), numeric: true },
            { label: t("columns.approved"), numeric: true },
            { label: t("columns.requestsSent"), numeric: true },
            { label: t("columns.requestsAccepted"), numeric: true },
            { label: t("columns.booked"), numeric: true },
            { label: t("columns.held"), numeric: true },
            { label: t("columns.noShows"), numeric: true },
            { label: t("columns.cancelled"), numeric: true },
            { label: t("columns.value", { currency }), numeric: true },
          ]}
          rows={sessions.map((session) => {
            const f = report.perSession(session.id);
            return [
              localized(session, "title", locale),
              count(f.suppliers.registered + f.buyers.registered),
              count(f.suppliers.approved + f.buyers.approved),
              count(f.requests.sent),
              count(f.requests.accepted),
              count(f.meetings.booked),
              count(f.meetings.held),
              count(f.meetings.noShows),
              count(f.meetings.cancelled),
              money(f.meetings.valueConverted),
            ];
          })}
        />
      </Card>

      {(["category", "cnCity", "ruDistrict", "ruRegion", "day"] as const).map((dimension) => {
        const rows = report.breakdowns[dimension];
        const title = t(`breakdown.${dimension}`);
        return (
          <ChartWithTable
            key={dimension}
            id={dimension}
            title={title}
            chart={
              rows.length ? (
                <ResultsBarChart
                  locale={locale}
                  layout={dimension === "day" ? "horizontal" : "vertical"}
                  rows={rows.map((row): ChartRow => ({
                    label: label(dimension, row.key),
                    booked: row.booked,
                    held: row.held,
                  }))}
                  series={series}
                />
              ) : null
            }
            table={
              rows.length ? (
                <DataTable
                  testId={`table-${dimension}`}
                  caption={t("breakdown.tableOf", { title })}
                  columns={breakdownColumns}
                  rows={rows.map((row) => [
                    label(dimension, row.key),
                    count(row.booked),
                    count(row.held),
                    count(row.noShows),
                    count(row.cancelled),
                    count(row.orderIntent),
                    money(row.valueConverted),
                  ])}
                />
              ) : (
                <p className="text-sm text-slate-500">{t("page.empty")}</p>
              )
            }
          />
        );
      })}

      <Card
        className="space-y-3 break-inside-avoid"
        aria-labelledby="currencies-heading"
        data-testid="section-currencies"
      >
        <CardTitle id="currencies-heading">{t("currencies.title")}</CardTitle>
        <p className="text-sm text-slate-600">{t("currencies.intro")}</p>
        {report.valueByCurrency.length ? (
          <DataTable
            testId="table-currencies"
            caption={t("currencies.title")}
            columns={[
              { label: t("currencies.currency") },
              { label: t("currencies.amount"), numeric: true },
              { label: t("currencies.converted", { currency }), numeric: true },
              { label: t("currencies.meetings"), numeric: true },
            ]}
            rows={[
              ...report.valueByCurrency.map((v) => [
                v.currency,
                formatMoney(v.minor, v.currency, locale),
                money(v.converted),
                count(v.meetings),
              ]),
              [t("currencies.total"), "", money(meetings.valueConverted), count(meetings.orderIntent)],
            ]}
          />
        ) : (
          <p className="text-sm text-slate-500">{t("currencies.none")}</p>
        )}
      </Card>

      <Card
        className="space-y-3 break-inside-avoid"
        aria-labelledby="comparison-heading"
        data-testid="section-comparison"
      >
        <CardTitle id="comparison-heading">{t("comparison.title")}</CardTitle>
        {report.previous ? (
          <>
            <p className="text-sm text-slate-600">
              {t("comparison.intro", { edition: localized(report.previous.edition, "name", locale) })}
            </p>
            <ComparisonTable
              current={report.headline}
              previous={report.previous.headline}
              currency={currency}
              locale={locale}
            />
          </>
        ) : (
          <p className="text-sm text-slate-500">{t("comparison.none")}</p>
        )}
      </Card>
    </div>
  );
}

async function ComparisonTable({
  current,
  previous,
  currency,
  locale,
}: {
  current: Headline;
  previous: Headline;
  currency: string;
  locale: AppLocale;
}) {
  const t = await getTranslations("results");
  const rows: [string, number, number, (value: number) => string][] = [
    [
      t("headline.supplierRegistrations"),
      current.suppliers.registered,
      previous.suppliers.registered,
      (v) => formatCount(v, locale),
    ],
    [
      t("headline.buyerRegistrations"),
      current.buyers.registered,
      previous.buyers.registered,
      (v) => formatCount(v, locale),
    ],
    [t("headline.requestsSent"), current.requests.sent, previous.requests.sent, (v) => formatCount(v, locale)],
    [
      t("headline.requestsAccepted"),
      current.requests.accepted,
      previous.requests.accepted,
      (v) => formatCount(v, locale),
    ],
    [t("headline.booked"), current.meetings.booked, previous.meetings.booked, (v) => formatCount(v, locale)],
    [t("headline.held"), current.meetings.held, previous.meetings.held, (v) => formatCount(v, locale)],
    [t("headline.noShows"), current.meetings.noShows, previous.meetings.noShows, (v) => formatCount(v, locale)],
    [t("headline.cancelled"), current.meetings.cancelled, previous.meetings.cancelled, (v) => formatCount(v, locale)],
    [
      t("funnel.orderIntent"),
      current.meetings.orderIntent,
      previous.meetings.orderIntent,
      (v) => formatCount(v, locale),
    ],
    [
      t("headline.orderValue", { currency }),
      Number(current.meetings.valueConverted),
      Number(previous.meetings.valueConverted),
      (v) => formatMoney(BigInt(Math.round(v)), currency, locale),
    ],
  ];
  return (
    <DataTable
      testId="table-comparison"
      caption={t("comparison.title")}
      columns={[
        { label: t("comparison.measure") },
        { label: t("comparison.current"), numeric: true },
        { label: t("comparison.previous"), numeric: true },
        { label: t("comparison.change"), numeric: true },
      ]}
      rows={rows.map(([label, now, before, format]) => [
        label,
        format(now),
        format(before),
        formatChange(now, before, locale),
      ])}
    />
  );
}
