import ICAL from "ical.js";

export type ParsedIcsEvent = {
  uid: string;
  sequence: number;
  status: string | null;
  /** ISO 8601 UTC, only when DTSTART/DTEND are UTC instants ("...Z"), else "not UTC". */
  start: string;
  end: string;
  summary: string;
  description: string;
  url: string | null;
  location: string | null;
  organizer: string | null;
  attendees: string[];
};

const utc = (time: ICAL.Time) => (time.zone?.tzid === "UTC" ? time.toJSDate().toISOString() : "not UTC");
const mailto = (value: unknown) =>
  String(value)
    .replace(/^mailto:/i, "")
    .toLowerCase();

/** Parses an iCalendar text with ical.js, an implementation independent of the one that wrote it. */
export function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events: ParsedIcsEvent[] = calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    const organizer = vevent.getFirstPropertyValue("organizer");
    return {
      uid: event.uid,
      sequence: event.sequence,
      status: (vevent.getFirstPropertyValue("status") as string | null) ?? null,
      start: utc(event.startDate),
      end: utc(event.endDate),
      summary: event.summary,
      description: event.description,
      url: (vevent.getFirstPropertyValue("url") as string | null) ?? null,
      location: event.location ?? null,
      organizer: organizer ? mailto(organizer) : null,
      attendees: event.attendees.map((attendee) => mailto(attendee.getFirstValue())).sort(),
    };
  });
  return {
    method: (calendar.getFirstPropertyValue("method") as string | null) ?? null,
    version: calendar.getFirstPropertyValue("version") as string,
    events,
  };
}
