import type { AppLocale } from "@/lib/i18n/routing";

const formats = new Map<AppLocale, Intl.DateTimeFormat>();

/** A due day (YYYY-MM-DD, a calendar day with no zone) in the reader's language. */
export function formatDueDay(day: string, locale: AppLocale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : locale, {
      timeZone: "UTC",
      year: "numeric",
      month: "short",
      day: "numeric",
      weekday: "short",
    });
    formats.set(locale, format);
  }
  return format.format(new Date(`${day}T00:00:00Z`));
}
