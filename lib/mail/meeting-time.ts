import type { AppLocale } from "@/lib/i18n/routing";
import { formatDate, formatDateTime, formatTime, localDay } from "@/lib/time/format";
import { zoneCityName } from "@/lib/time/zone-city";

/** "10:00–10:20 Moscow": a range on the clock of one zone, named by its city. */
export function zonedRange(start: Date, end: Date, zone: string, locale: AppLocale): string {
  return `${formatTime(start, locale, zone)}–${formatTime(end, locale, zone)} ${zoneCityName(zone, locale)}`;
}

/**
 * A meeting's time for one reader: the date and time on their own clock first, then
 * each counterpart's clock beside it ("1 June 2026, 10:00–10:20 Moscow · 15:00–15:20
 * Hangzhou"); a counterpart's date is added when it differs from the reader's.
 */
export function meetingTimeLine(
  start: Date,
  end: Date,
  locale: AppLocale,
  ownZone: string,
  otherZones: string[],
): string {
  const ownDay = localDay(start, ownZone);
  const parts = [`${formatDate(start, locale, ownZone)}, ${zonedRange(start, end, ownZone, locale)}`];
  for (const zone of new Set(otherZones)) {
    if (zone === ownZone) continue;
    const range = zonedRange(start, end, zone, locale);
    const text = localDay(start, zone) === ownDay ? range : `${range} (${formatDate(start, locale, zone)})`;
    if (!parts.includes(text)) parts.push(text);
  }
  return parts.join(" · ");
}

/** Short form for subjects: "1 Jun 2026, 10:00 Moscow". */
export function shortMeetingTime(start: Date, locale: AppLocale, zone: string): string {
  return `${formatDateTime(start, locale, zone)} ${zoneCityName(zone, locale)}`;
}
