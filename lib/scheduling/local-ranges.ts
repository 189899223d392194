import { calendarDay, clockTime, dayShift } from "@/lib/time/format-window";
import { dailyIntervals, zonedInstant, type DailyWindow } from "@/lib/time/session-window";
import { intersectIntervals, mergeIntervals, type Interval } from "./intervals";

/** A range of wall-clock minutes on one local calendar day; endMinute may be 1440 (midnight). */
export type LocalDayRanges = { day: string; ranges: { startMinute: number; endMinute: number }[] };

/** The hours an organization meets by default, in its own zone: 08:00-19:00. */
export const defaultLocalHours = { startMinute: 8 * 60, endMinute: 19 * 60 } as const;

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Local calendar days (in `zone`) from the day of `start` to the day of `end`, inclusive. */
function localDaysBetween(start: Date, end: Date, zone: string): string[] {
  const first = calendarDay(start, zone);
  const count = dayShift(first, calendarDay(end, zone));
  return Array.from({ length: count + 1 }, (_, i) => addDays(first, i));
}

/** Wall-clock ranges in `zone` as UTC instants, merged. */
export function localRangesToUtc(days: LocalDayRanges[], zone: string): Interval[] {
  return mergeIntervals(
    days.flatMap(({ day, ranges }) =>
      ranges.map((r) => ({ start: zonedInstant(day, r.startMinute, zone), end: zonedInstant(day, r.endMinute, zone) })),
    ),
  );
}

/**
 * The default availability of an organization in `zone`: each day's session window
 * clipped to 08:00-19:00 on the organization's own clock. A Moscow buyer at a
 * Shanghai fair (09:00-17:00 = 04:00-12:00 Moscow) is thus free 08:00-12:00 Moscow.
 */
export function defaultAvailability(window: DailyWindow, zone: string): Interval[] {
  const sessionWindows = dailyIntervals(window);
  if (sessionWindows.length === 0) return [];
  const localDays = localDaysBetween(sessionWindows[0].start, sessionWindows.at(-1)!.end, zone);
  const officeHours = localRangesToUtc(
    localDays.map((day) => ({ day, ranges: [defaultLocalHours] })),
    zone,
  );
  return intersectIntervals(sessionWindows, officeHours);
}

/** The local calendar days (in `zone`) that a session's daily windows touch. */
export function sessionDaysInZone(window: DailyWindow, zone: string): string[] {
  const days = new Set<string>();
  for (const { start, end } of dailyIntervals(window)) {
    // The window's last instant belongs to it; its end (exclusive) may be midnight of the next day.
    for (const day of localDaysBetween(start, new Date(end.getTime() - 1), zone)) days.add(day);
  }
  return [...days].sort();
}

/** Wall-clock minutes after midnight (not elapsed minutes, which differ on a clock-change day). */
function minuteOfDay(instant: Date, zone: string): number {
  const [hours, minutes] = clockTime(instant, zone).split(":").map(Number);
  return hours * 60 + minutes;
}

/** UTC ranges as wall-clock ranges per local day in `zone`, split at local midnight. */
export function utcToLocalRanges(intervals: Interval[], zone: string): LocalDayRanges[] {
  const byDay = new Map<string, LocalDayRanges["ranges"]>();
  for (const { start, end } of mergeIntervals(intervals)) {
    for (const day of localDaysBetween(start, new Date(end.getTime() - 1), zone)) {
      const dayStart = zonedInstant(day, 0, zone);
      const dayEnd = zonedInstant(addDays(day, 1), 0, zone);
      const from = start > dayStart ? start : dayStart;
      const to = end < dayEnd ? end : dayEnd;
      const ranges = byDay.get(day) ?? [];
      ranges.push({
        startMinute: minuteOfDay(from, zone),
        endMinute: to.getTime() === dayEnd.getTime() ? 1440 : minuteOfDay(to, zone),
      });
      byDay.set(day, ranges);
    }
  }
  return [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, ranges]) => ({ day, ranges }));
}
