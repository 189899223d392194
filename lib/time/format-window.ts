import { sessionDays, zonedInstant, type DailyWindow } from "./session-window";

/** A session's daily window plus its breaks, all as clock minutes in the fair's zone. */
export type SessionTimetable = DailyWindow & { breaks: { startMinute: number; endMinute: number }[] };

/** A time range as a clock on the wall in one zone shows it. */
export type ClockRange = {
  start: string; // "HH:MM", 24-hour
  end: string;
  startDay: string; // the local calendar date (YYYY-MM-DD) of the start
  endDay: string;
  startShift: number; // whole days between the fair's date and the local date of the start (-1, 0, +1)
  endShift: number;
};

export type DayInZone = { fairDay: string; window: ClockRange; breaks: ClockRange[] };

export type WindowInZone = {
  zone: string;
  days: DayInZone[];
  /** The zone's offset from UTC when the session opens, e.g. "UTC+3". */
  offset: string;
  /** Every day shows the same clock times and day shifts, so one line can describe them all. */
  uniform: boolean;
};

function parts(instant: Date, zone: string): Record<string, string> {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  return Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
}

/** "HH:MM" of an instant on a 24-hour clock in a zone. */
export function clockTime(instant: Date, zone: string): string {
  const p = parts(instant, zone);
  return `${p.hour}:${p.minute}`;
}

/** The calendar date (YYYY-MM-DD) an instant falls on in a zone. */
export function calendarDay(instant: Date, zone: string): string {
  const p = parts(instant, zone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** Whole days from one calendar date to another (both YYYY-MM-DD). */
export function dayShift(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function rangeInZone(fairDay: string, start: Date, end: Date, zone: string): ClockRange {
  const startDay = calendarDay(start, zone);
  const endDay = calendarDay(end, zone);
  return {
    start: clockTime(start, zone),
    end: clockTime(end, zone),
    startDay,
    endDay,
    startShift: dayShift(fairDay, startDay),
    endShift: dayShift(fairDay, endDay),
  };
}

const sameClock = (a: ClockRange, b: ClockRange) =>
  a.start === b.start && a.end === b.end && a.startShift === b.startShift && a.endShift === b.endShift;

/**
 * Each session day's window and breaks as seen on a clock in `zone`. The UTC
 * instants come from the fair's zone, so daylight-saving changes in either zone
 * are respected; `uniform` is false when they make the days differ.
 */
export function windowInZone(timetable: SessionTimetable, zone: string): WindowInZone {
  const days = sessionDays(timetable).map((fairDay) => {
    const at = (minute: number) => zonedInstant(fairDay, minute, timetable.timeZone);
    return {
      fairDay,
      window: rangeInZone(fairDay, at(timetable.dailyStartMinute), at(timetable.dailyEndMinute), zone),
      breaks: timetable.breaks.map((b) => rangeInZone(fairDay, at(b.startMinute), at(b.endMinute), zone)),
    };
  });
  const [first] = days;
  const uniform = days.every(
    (day) =>
      sameClock(day.window, first.window) &&
      day.breaks.length === first.breaks.length &&
      day.breaks.every((b, i) => sameClock(b, first.breaks[i])),
  );
  const opening = zonedInstant(days[0]?.fairDay ?? "1970-01-01", timetable.dailyStartMinute, timetable.timeZone);
  return { zone, days, offset: utcOffsetLabel(zone, opening), uniform };
}

/** The zone's offset from UTC at an instant, e.g. "UTC+3", "UTC+5:30", "UTC". */
export function utcOffsetLabel(zone: string, at: Date): string {
  const name = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
    .formatToParts(at)
    .find((part) => part.type === "timeZoneName")?.value;
  const match = name?.match(/^GMT([+-])(\d{2}):(\d{2})$/);
  if (!match) return "UTC"; // ICU writes plain "GMT" for a zero offset
  const [, sign, hours, minutes] = match;
  if (hours === "00" && minutes === "00") return "UTC";
  return `UTC${sign}${Number(hours)}${minutes === "00" ? "" : `:${minutes}`}`;
}

/** A timetable that crosses the server/browser boundary as plain strings and numbers. */
export type PlainTimetable = Omit<SessionTimetable, "startDate" | "endDate"> & { startDay: string; endDay: string };

/** Copies only the timetable's own fields, so nothing else of a record reaches the browser. */
export function toPlainTimetable(timetable: SessionTimetable): PlainTimetable {
  return {
    startDay: timetable.startDate.toISOString().slice(0, 10),
    endDay: timetable.endDate.toISOString().slice(0, 10),
    dailyStartMinute: timetable.dailyStartMinute,
    dailyEndMinute: timetable.dailyEndMinute,
    timeZone: timetable.timeZone,
    breaks: timetable.breaks.map((b) => ({ startMinute: b.startMinute, endMinute: b.endMinute })),
  };
}

export function fromPlainTimetable({ startDay, endDay, ...rest }: PlainTimetable): SessionTimetable {
  return { ...rest, startDate: new Date(`${startDay}T00:00:00Z`), endDate: new Date(`${endDay}T00:00:00Z`) };
}
