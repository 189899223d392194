import { calendarDay, clockTime } from "@/lib/time/format-window";

/** An instant as a datetime-local field shows it on the clock of `zone`: "2026-06-21T10:00". */
export function toLocalInput(instant: Date, zone: string): string {
  return `${calendarDay(instant, zone)}T${clockTime(instant, zone)}`;
}
