import { TZDate } from "@date-fns/tz";

export type DailyWindow = {
  startDate: Date; // a calendar date (stored as @db.Date, read as UTC midnight)
  endDate: Date;
  dailyStartMinute: number;
  dailyEndMinute: number;
  timeZone: string; // the fair's zone, where the window's clock times are read
};

/** A session's days and daily hours without the zone, as its forms and cards show them. */
export type SessionDates = Omit<DailyWindow, "timeZone">;

/** Calendar dates (YYYY-MM-DD) from start to end inclusive. */
export function sessionDays(window: Pick<DailyWindow, "startDate" | "endDate">): string[] {
  const days: string[] = [];
  for (let t = window.startDate.getTime(); t <= window.endDate.getTime(); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/** The UTC instant of a clock time (minutes after midnight) on a calendar day in a zone. */
export function zonedInstant(day: string, minuteOfDay: number, timeZone: string): Date {
  const [year, month, date] = day.split("-").map(Number);
  const local = new TZDate(year, month - 1, date, Math.floor(minuteOfDay / 60), minuteOfDay % 60, timeZone);
  return new Date(local.getTime());
}

/** Each day's meeting window as UTC instants. */
export function dailyIntervals(window: DailyWindow): { day: string; start: Date; end: Date }[] {
  return sessionDays(window).map((day) => ({
    day,
    start: zonedInstant(day, window.dailyStartMinute, window.timeZone),
    end: zonedInstant(day, window.dailyEndMinute, window.timeZone),
  }));
}

export function formatMinuteOfDay(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}
