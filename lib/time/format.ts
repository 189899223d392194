import type { AppLocale } from "@/lib/i18n/routing";

const intlLocale: Record<AppLocale, string> = { en: "en-GB", zh: "zh-CN", ru: "ru-RU" };

const longDate = { year: "numeric", month: "long", day: "numeric" } as const;

export function formatDate(date: Date, locale: AppLocale, timeZone = "UTC"): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { ...longDate, timeZone }).format(date);
}

export function formatTime(date: Date, locale: AppLocale, timeZone: string): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  }).format(date);
}

export function formatDateTime(date: Date, locale: AppLocale, timeZone: string): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: "medium",
    timeStyle: "short",
    hourCycle: "h23",
    timeZone,
  }).format(date);
}

/** Calendar date (YYYY-MM-DD) of an instant as seen in a zone. */
export function localDay(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

/** A calendar date range such as a session's, formatted for the locale. */
export function formatDateRange(start: Date, end: Date, locale: AppLocale): string {
  const format = new Intl.DateTimeFormat(intlLocale[locale], { ...longDate, timeZone: "UTC" });
  // ICU's Chinese range pattern falls back to numeric dates (2022/6/21 – 2022/6/22).
  if (locale === "zh")
    return start.getTime() === end.getTime() ? format.format(start) : `${format.format(start)} – ${format.format(end)}`;
  return format.formatRange(start, end);
}
