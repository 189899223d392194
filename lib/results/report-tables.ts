import type { AppLocale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import type { Cell } from "./table-writers";
import type { ResultsTranslator } from "./translator";
import type { FairReport } from "./load-fair-report";
import type { BreakdownDimension, BreakdownRow, Headline } from "./report-shape";
import { placeName } from "./geography";

export type ReportTable = { id: string; title: string; columns: string[]; rows: Cell[][] };

/** The label of one row of a breakdown in the viewer's language. */
export function breakdownLabel(
  report: Pick<FairReport, "allCategories">,
  dimension: BreakdownDimension,
  key: string | null,
  locale: AppLocale,
  t: ResultsTranslator,
): string {
  if (key === null) return dimension === "category" ? t("breakdown.uncategorized") : t("breakdown.unknown");
  if (dimension === "category") {
    const category = report.allCategories.find((c) => c.id === key);
    return category ? localized(category, "name", locale) : key;
  }
  if (dimension === "day") return key;
  return placeName(dimension, key, locale);
}

/** The headline as (figure, value) rows. */
export function headlineRows(headline: Headline, currency: string, t: ResultsTranslator): [string, Cell][] {
  const { meetings, requests, suppliers, buyers } = headline;
  return [
    [t("headline.supplierRegistrations"), suppliers.registered],
    [t("headline.supplierApprovals"), suppliers.approved],
    [t("headline.buyerRegistrations"), buyers.registered],
    [t("headline.buyerApprovals"), buyers.approved],
    [t("headline.requestsSent"), requests.sent],
    [t("headline.requestsAccepted"), requests.accepted],
    [t("headline.acceptanceRate"), requests.acceptanceRate === null ? null : { share: requests.acceptanceRate }],
    [t("headline.booked"), meetings.booked],
    [t("headline.held"), meetings.held],
    [t("headline.noShows"), meetings.noShows],
    [t("headline.cancelled"), meetings.cancelled],
    [t("headline.interpreterHours"), meetings.interpreterHours],
    [t("funnel.orderIntent"), meetings.orderIntent],
    [t("headline.orderValue", { currency }), { money: meetings.valueConverted }],
  ];
}

function breakdownTable(
  report: FairReport,
  id: BreakdownDimension,
  rows: BreakdownRow[],
  locale: AppLocale,
  t: ResultsTranslator,
): ReportTable {
  const currency = report.filters.currency;
  return {
    id,
    title: t(`breakdown.${id}`),
    columns: [
      t("columns.item"),
      t("columns.booked"),
      t("columns.held"),
      t("columns.noShows"),
      t("columns.cancelled"),
      t("columns.orderIntent"),
      t("columns.value", { currency }),
    ],
    rows: rows.map((row) => [
      breakdownLabel(report, id, row.key, locale, t),
      row.booked,
      row.held,
      row.noShows,
      row.cancelled,
      row.orderIntent,
      { money: row.valueConverted },
    ]),
  };
}

/** Every table of the report, in the order the page shows them (the exports write these). */
export function reportTables(report: FairReport, locale: AppLocale, t: ResultsTranslator): ReportTable[] {
  const currency = report.filters.currency;
  const { meetings } = report.headline;
  const sessions = report.session ? [report.session] : report.fair.sessions;
  const tables: ReportTable[] = [
    {
      id: "summary",
      title: t("export.summary"),
      columns: [t("export.measure"), t("export.value")],
      rows: headlineRows(report.headline, currency, t),
    },
    {
      id: "funnel",
      title: t("export.funnel"),
      columns: [t("funnel.stage"), t("funnel.meetings")],
      rows: [
        [t("funnel.held"), meetings.held],
        [t("funnel.reported"), meetings.reported],
        [t("funnel.followUp"), meetings.followUp],
        [t("funnel.sampleRequested"), meetings.sampleRequested],
        [t("funnel.quotationSent"), meetings.quotationSent],
        [t("funnel.orderIntent"), meetings.orderIntent],
      ],
    },
    {
      id: "session",
      title: t("breakdown.session"),
      columns: [
        t("columns.item"),
        t("columns.registered"),
        t("columns.approved"),
        t("columns.requestsSent"),
        t("columns.requestsAccepted"),
        t("columns.booked"),
        t("columns.held"),
        t("columns.noShows"),
        t("columns.cancelled"),
        t("columns.orderIntent"),
        t("columns.value", { currency }),
      ],
      rows: sessions.map((session) => {
        const figures = report.perSession(session.id);
        return [
          localized(session, "title", locale),
          figures.suppliers.registered + figures.buyers.registered,
          figures.suppliers.approved + figures.buyers.approved,
          figures.requests.sent,
          figures.requests.accepted,
          figures.meetings.booked,
          figures.meetings.held,
          figures.meetings.noShows,
          figures.meetings.cancelled,
          figures.meetings.orderIntent,
          { money: figures.meetings.valueConverted },
        ];
      }),
    },
    ...(["category", "cnCity", "ruDistrict", "ruRegion", "day"] as const).map((id) =>
      breakdownTable(report, id, report.breakdowns[id], locale, t),
    ),
    {
      id: "currencies",
      title: t("export.currencies"),
      columns: [
        t("currencies.currency"),
        t("currencies.amount"),
        t("currencies.converted", { currency }),
        t("currencies.meetings"),
      ],
      rows: report.valueByCurrency.map((v) => [v.currency, { money: v.minor }, { money: v.converted }, v.meetings]),
    },
  ];
  if (report.previous) {
    const current = headlineRows(report.headline, currency, t);
    const previous = headlineRows(report.previous.headline, currency, t);
    tables.push({
      id: "comparison",
      title: t("export.comparison"),
      columns: [t("comparison.measure"), t("comparison.current"), t("comparison.previous")],
      rows: current.map(([label, value], index) => [label, value, previous[index][1]]),
    });
  }
  return tables;
}
