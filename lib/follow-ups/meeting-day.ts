/** The calendar day (YYYY-MM-DD) an instant falls on in a time zone. */
export function dayIn(instant: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    instant,
  );
}

/**
 * Whether a follow-up due on `dueOn` is allowed for a meeting starting at `startsAt`: not
 * before the meeting's day, on the clock of whoever sets it (the earliest of the two days a
 * meeting can span across zones would let a Moscow buyer date it "yesterday" in Hangzhou).
 */
export function dueOnAllowed(dueOn: string, startsAt: Date, timeZone: string): boolean {
  return dueOn >= dayIn(startsAt, timeZone);
}
