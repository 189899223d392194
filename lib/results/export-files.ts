import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { entityIdSchema } from "@/lib/meetings/schemas";
import { requireHostedFair } from "@/lib/tenancy/hosted";
import { meetingExportPageSql, type MeetingExportRow, type ReportScope } from "./fair-report-sql";
import type { ReportFilters } from "./filters";
import { placeName } from "./geography";
import { loadFairReport } from "./load-fair-report";
import { reportTables } from "./report-tables";
import { csvStream, xlsxStream, type Cell } from "./table-writers";
import { resultsTranslator, type ResultsTranslator } from "./translator";

export type ExportFormat = "csv" | "xlsx";
type ExportOptions = { format: ExportFormat; locale: AppLocale; now?: Date; pageSize?: number };

/**
 * The report's tables as one file: CSV in long form (section, item, figure, value), or an
 * Excel workbook with a sheet per table. Small (aggregates only); same guard as the page.
 */
export async function reportFileStream(
  actor: Actor,
  fairId: string,
  filters: ReportFilters,
  { format, locale, now = new Date() }: ExportOptions,
): Promise<ReadableStream<Uint8Array>> {
  const report = await loadFairReport(actor, fairId, filters, { now });
  const t = resultsTranslator(locale);
  const tables = reportTables(report, locale, t);
  if (format === "xlsx")
    return xlsxStream(
      locale,
      tables.map((table) => ({ name: table.title, columns: table.columns, rows: table.rows })),
    );
  const header: Cell[] = [t("export.section"), t("export.item"), t("export.measure"), t("export.value")];
  const rows: Cell[][] = [header];
  for (const table of tables)
    for (const row of table.rows)
      for (let column = 1; column < row.length; column++)
        rows.push([table.title, row[0], table.columns[column], row[column]]);
  return csvStream(
    locale,
    (async function* () {
      yield rows;
    })(),
  );
}

/** The fair, its sessions and the category names for labelling exported meetings (checks the tenant). */
async function prepareMeetingExport(actor: Actor, rawFairId: string, filters: ReportFilters) {
  requirePermission(actor, "read:report:any");
  const fair = await requireHostedFair(actor, entityIdSchema.parse(rawFairId), {
    query: {
      select: {
        id: true,
        timeZone: true,
        sessions: { select: { id: true, titleEn: true, titleZh: true, titleRu: true } },
      },
    },
  });
  if (filters.session && !fair.sessions.some((s) => s.id === filters.session))
    throw new AppError("VALIDATION", "invalid", { session: "invalid" });
  const categories = await db.category.findMany({ select: { id: true, nameEn: true, nameZh: true, nameRu: true } });
  if (filters.category && !categories.some((c) => c.id === filters.category))
    throw new AppError("VALIDATION", "invalid", { category: "invalid" });
  return { fair, categories };
}

function meetingColumns(t: ResultsTranslator, currency: string): string[] {
  return [
    t("export.start"),
    t("export.end"),
    t("export.day"),
    t("export.session"),
    t("export.status"),
    t("export.category"),
    t("export.supplier"),
    t("export.supplierCity"),
    t("export.zhejiangCity"),
    t("export.buyer"),
    t("export.buyerCity"),
    t("export.russianRegion"),
    t("export.interpreter"),
    t("export.supplierNoShow"),
    t("export.buyerNoShow"),
    t("export.supplierOutcome"),
    t("export.buyerOutcome"),
    t("export.estimate"),
    t("export.currency"),
    t("export.converted", { currency }),
  ];
}

/**
 * The meeting list with outcomes of a fair (as filtered), streamed: keyset pages of
 * `pageSize` meetings in (session, startsAt, id) order are read as the reader pulls, so memory holds
 * one page whatever the fair's size; each page is one statement. Headers, names, places,
 * statuses and outcomes in `locale`; times in the fair's zone.
 */
export async function meetingListStream(
  actor: Actor,
  fairId: string,
  filters: ReportFilters,
  { format, locale, now = new Date(), pageSize = 2500 }: ExportOptions,
): Promise<ReadableStream<Uint8Array>> {
  const { fair, categories } = await prepareMeetingExport(actor, fairId, filters);
  const t = resultsTranslator(locale);
  const currency = filters.currency ?? "USD";
  const scope: ReportScope = {
    fairId: fair.id,
    sessionIds: filters.session ? [filters.session] : fair.sessions.map((s) => s.id),
    categoryId: filters.category,
    region: filters.region,
    from: filters.from,
    to: filters.to,
    currency,
    ratesFairId: fair.id,
    now,
  };
  const sessionTitle = new Map(fair.sessions.map((s) => [s.id, localized(s, "title", locale)]));
  const categoryName = new Map(categories.map((c) => [c.id, localized(c, "name", locale)]));
  const dayOf = new Intl.DateTimeFormat("en-CA", { timeZone: fair.timeZone }); // one formatter, not one per row
  // The few labels a row repeats, translated once each rather than once per row.
  const [yes, no] = [t("export.yes"), t("export.no")];
  const yesNo = (value: boolean) => (value ? yes : no);
  const labels = new Map<string, string>();
  const label = (key: `kinds.${"FOLLOW_UP"}` | `statuses.${"SCHEDULED"}`) => {
    let text = labels.get(key);
    if (text === undefined) labels.set(key, (text = t(key)));
    return text;
  };
  const kind = (value: string | null) => (value ? label(`kinds.${value as "FOLLOW_UP"}`) : null);
  const toCells = (row: MeetingExportRow): Cell[] => [
    { at: row.startsAt, zone: fair.timeZone },
    { at: row.endsAt, zone: fair.timeZone },
    dayOf.format(row.startsAt),
    sessionTitle.get(row.sessionId) ?? "",
    label(`statuses.${row.status as "SCHEDULED"}`),
    row.category_id ? (categoryName.get(row.category_id) ?? "") : null,
    localized({ nameEn: row.supplier_en, nameZh: row.supplier_zh, nameRu: row.supplier_ru }, "name", locale),
    row.supplier_city,
    row.cn_city ? placeName("cnCity", row.cn_city, locale) : null,
    localized({ nameEn: row.buyer_en, nameZh: row.buyer_zh, nameRu: row.buyer_ru }, "name", locale),
    row.buyer_city,
    row.ru_region ? placeName("ruRegion", row.ru_region, locale) : null,
    yesNo(row.interpreted),
    yesNo(row.supplierNoShow),
    yesNo(row.buyerNoShow),
    kind(row.supplier_outcome),
    kind(row.buyer_outcome),
    row.value_minor === null ? null : { money: row.value_minor },
    row.value_currency,
    row.value_converted === null ? null : { money: BigInt(row.value_converted) },
  ];
  async function* pages(): AsyncGenerator<Cell[][]> {
    let after: { sessionId: string; startsAt: Date; id: string } | undefined;
    for (;;) {
      const rows = await db.$queryRaw<MeetingExportRow[]>(meetingExportPageSql(scope, { after, limit: pageSize }));
      if (rows.length === 0) return;
      const last = rows[rows.length - 1];
      after = { sessionId: last.sessionId, startsAt: last.startsAt, id: last.id };
      yield rows.map(toCells);
      if (rows.length < pageSize) return;
    }
  }
  const columns = meetingColumns(t, currency);
  if (format === "xlsx") return xlsxStream(locale, [{ name: t("export.meetingsSheet"), columns, rows: pages() }]);
  return csvStream(
    locale,
    (async function* () {
      yield [columns];
      yield* pages();
    })(),
  );
}
