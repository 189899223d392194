/** One local calendar day of the editor, as the page hands it to the client. */
export type EditorDay = {
  day: string;
  dayLabel: string;
  /** The session's meeting hours that day, as minutes on the viewer's clock (end may be 1440). */
  windows: { startMinute: number; endMinute: number }[];
  /** The ranges shown first: what was saved, or the default. "HH:MM". */
  ranges: { start: string; end: string }[];
};

/** "HH:MM" for a time input; midnight at the end of a day (1440) reads "00:00". */
export function minuteToInput(minute: number): string {
  const m = minute % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/** Minutes after midnight of an "HH:MM" value, or null; an end of "00:00" means midnight at the day's end. */
export function inputToMinute(value: string, isEnd = false): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const minute = Number(match[1]) * 60 + Number(match[2]);
  return isEnd && minute === 0 ? 1440 : minute;
}
