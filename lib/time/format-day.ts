import type { AppLocale } from "@/lib/i18n/routing";

const intlLocale: Record<AppLocale, string> = { en: "en-GB", zh: "zh-CN", ru: "ru-RU" };

/** A calendar date (YYYY-MM-DD) with its weekday: "Mon 27 June", "6月27日周一", "пн, 27 июня". */
export function formatCalendarDay(day: string, locale: AppLocale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    weekday: "short",
    day: "numeric",
    month: "long",
    timeZone: "UTC",
  }).format(new Date(`${day}T00:00:00Z`));
}
