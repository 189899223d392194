import { PassThrough, Readable } from "node:stream";
import { once } from "node:events";
import ExcelJS from "exceljs";
import type { AppLocale } from "@/lib/i18n/routing";
import { minorToDecimalString } from "@/lib/money/minor-units";

/** One cell of an exported table: text, a count, a decimal, money (minor units), a share, or an instant. */
export type Cell = string | number | null | { money: bigint } | { share: number } | { at: Date; zone: string };

const intlLocale: Record<AppLocale, string> = { en: "en-GB", zh: "zh-CN", ru: "ru-RU" };

/**
 * Text a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return that
 * some programs strip first) is prefixed with an apostrophe, so it shows as typed (OWASP's
 * advice for CSV injection).
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * A CSV dialect per language: Russian spreadsheets read `;` and a decimal comma; English and
 * Chinese ones `,` and a point. Numbers carry no group separators, so they stay numbers.
 */
export function csvDialect(locale: AppLocale) {
  const decimal = locale === "ru" ? "," : ".";
  const zoned = new Map<string, Intl.DateTimeFormat>();
  const formatAt = (at: Date, zone: string) => {
    let format = zoned.get(zone);
    if (!format) {
      format = new Intl.DateTimeFormat(intlLocale[locale], {
        dateStyle: "short",
        timeStyle: "short",
        hourCycle: "h23",
        timeZone: zone,
      });
      zoned.set(zone, format);
    }
    return format.format(at);
  };
  const text = (cell: Cell): string => {
    if (cell === null) return "";
    if (typeof cell === "string") return neutralizeFormula(cell);
    if (typeof cell === "number") return String(cell).replace(".", decimal);
    if ("money" in cell) return minorToDecimalString(cell.money).replace(".", decimal);
    if ("share" in cell) return (Math.round(cell.share * 10000) / 10000).toString().replace(".", decimal);
    return formatAt(cell.at, cell.zone);
  };
  const separator = locale === "ru" ? ";" : ",";
  const quote = (value: string) => (/[",;\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return { line: (cells: Cell[]) => `${cells.map((cell) => quote(text(cell))).join(separator)}\r\n` };
}

/** A CSV file as a byte stream: a BOM (so spreadsheet programs read UTF-8), then the rows `next` yields page by page. */
export function csvStream(locale: AppLocale, pages: AsyncIterable<Cell[][]>): ReadableStream<Uint8Array> {
  const dialect = csvDialect(locale);
  const encoder = new TextEncoder();
  const iterator = pages[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode("\uFEFF"));
        return;
      }
      const { value, done } = await iterator.next();
      if (done) return controller.close();
      controller.enqueue(encoder.encode(value.map(dialect.line).join("")));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** An Excel date format that reads as the language writes dates. */
const dateFormat: Record<AppLocale, string> = {
  en: "dd/mm/yyyy hh:mm",
  zh: "yyyy-mm-dd hh:mm",
  ru: "dd.mm.yyyy hh:mm",
};

/** One formatter per zone: building an Intl.DateTimeFormat costs far more than formatting with it. */
const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock time of an instant in a zone, as a Date whose UTC fields are those (Excel dates have no zone). */
function wallClock(at: Date, zone: string): Date {
  let format = wallClockFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    wallClockFormats.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, part.value]));
  return new Date(`${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}Z`);
}

function xlsxValue(cell: Cell): { value: ExcelJS.CellValue; numFmt?: string } {
  if (cell === null) return { value: null };
  if (typeof cell === "string") return { value: cell };
  if (typeof cell === "number") return { value: cell };
  if ("money" in cell) return { value: Number(minorToDecimalString(cell.money)), numFmt: "#,##0.00" };
  if ("share" in cell) return { value: cell.share, numFmt: "0.0%" };
  return { value: wallClock(cell.at, cell.zone) };
}

export type Sheet = { name: string; columns: string[]; rows: AsyncIterable<Cell[][]> | Cell[][] };

/**
 * An .xlsx file as a byte stream, written by exceljs' streaming WorkbookWriter: each row is
 * committed as soon as it is added, so only the current page is held; when the reader is
 * slower than the database, writing waits for it (drain).
 */
export function xlsxStream(locale: AppLocale, sheets: Sheet[]): ReadableStream<Uint8Array> {
  // One style object per kind of cell, shared by every cell of that kind: exceljs recognises
  // a style object it has seen (a WeakMap) instead of serialising each cell's style anew.
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const styleOf = (cell: Cell, numFmt: string | undefined): Partial<ExcelJS.Style> => {
    const format = cell !== null && typeof cell === "object" && "at" in cell ? dateFormat[locale] : numFmt;
    const key = format ?? (cell === null ? "null" : typeof cell);
    let style = styles.get(key);
    if (!style) styles.set(key, (style = format ? { numFmt: format } : {}));
    return style;
  };
  const output = new PassThrough({ highWaterMark: 1 << 20 });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const write = async () => {
    for (const sheet of sheets) {
      // Excel allows 31 characters and none of []:*?/\ in a sheet name.
      const worksheet = workbook.addWorksheet(sheet.name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31));
      worksheet.columns = sheet.columns.map((header) => ({
        header,
        width: Math.max(12, Math.min(40, header.length + 4)),
      }));
      worksheet.getRow(1).font = { bold: true };
      worksheet.getRow(1).commit();
      const pages = Array.isArray(sheet.rows) ? [sheet.rows] : sheet.rows;
      for await (const page of pages) {
        for (const cells of page) {
          const values = cells.map(xlsxValue);
          const row = worksheet.addRow(values.map((value) => value.value));
          cells.forEach((cell, index) => {
            row.getCell(index + 1).style = styleOf(cell, values[index].numFmt);
          });
          row.commit();
        }
        if (output.writableNeedDrain) await once(output, "drain");
      }
      worksheet.commit();
    }
    await workbook.commit();
  };
  write().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}
