import type { AppLocale } from "@/lib/i18n/routing";
import { formatCalendarDay } from "./format-day";
import { calendarDay, clockTime, dayShift } from "./format-window";
import { zoneCityName } from "./zone-city";

/** One instant range as the viewer's clock shows it, with the counterpart's clock beside it. */
export type ZonedPair = {
  /** The viewer's calendar day (YYYY-MM-DD) and its label ("Tue 21 June"). */
  day: string;
  dayLabel: string;
  /** "10:00–10:20 Moscow" */
  mine: string;
  /** "15:00–15:20 Hangzhou" (with "+1"/"−1" when the counterpart's day differs); null when both clocks agree. */
  theirs: string | null;
  /** "10:00–10:20 Moscow · 15:00–15:20 Hangzhou" */
  label: string;
};

function clockRange(start: Date, end: Date, zone: string): string {
  if (end.getTime() === start.getTime()) return clockTime(start, zone);
  return `${clockTime(start, zone)}–${clockTime(end, zone)}`;
}

/**
 * A meeting or slot in the viewer's zone with the counterpart's local time beside
 * it, each named by a city ("10:00–10:20 Moscow · 15:00–15:20 Hangzhou"). When the
 * two zones show the same clock and day, only the viewer's time is given. Pass
 * `end` = `start` for a single instant ("10:00 Moscow · 15:00 Hangzhou").
 */
export function zonedPair(
  start: Date,
  end: Date,
  locale: AppLocale,
  viewerZone: string,
  counterpartZone: string,
): ZonedPair {
  const day = calendarDay(start, viewerZone);
  const mineClock = clockRange(start, end, viewerZone);
  const theirClock = clockRange(start, end, counterpartZone);
  const shift = dayShift(day, calendarDay(start, counterpartZone));
  const mine = `${mineClock} ${zoneCityName(viewerZone, locale)}`;
  const theirs =
    theirClock === mineClock && shift === 0
      ? null
      : `${theirClock}${shift === 0 ? "" : shift > 0 ? ` (+${shift})` : ` (−${-shift})`} ${zoneCityName(counterpartZone, locale)}`;
  return {
    day,
    dayLabel: formatCalendarDay(day, locale),
    mine,
    theirs,
    label: theirs ? `${mine} · ${theirs}` : mine,
  };
}
