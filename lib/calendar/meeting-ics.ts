import "server-only";
import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
  type ICalAttendeeData,
  type ICalCalendar,
} from "ical-generator";
import type { AppLocale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { mailFrom } from "@/lib/mail/config";
import { mailTranslator } from "@/lib/mail/translator";
import type { CalendarMeeting } from "./calendar-meeting";
import { roomUrl } from "./room-url";

const PRODUCT_ID = { company: "FairBridge", product: "FairBridge", language: "EN" } as const;

/** The RFC 5545 UID of a meeting: the same for every update and the cancellation. */
export function meetingUid(meetingId: string): string {
  return `${meetingId}@fairbridge`;
}

export type Attendee = { name: string; email: string };

/** Both parties' active users and the interpreter, each address once. */
export function meetingAttendees(meeting: CalendarMeeting): Attendee[] {
  const people = [...meeting.supplierOrg.users, ...meeting.buyerOrg.users];
  if (meeting.interpreter) people.push(meeting.interpreter);
  const seen = new Set<string>();
  return people.filter((person) => !seen.has(person.email) && Boolean(seen.add(person.email)));
}

function addMeetingEvent(
  calendar: ICalCalendar,
  meeting: CalendarMeeting,
  locale: AppLocale,
  { cancelled, attendees }: { cancelled: boolean; attendees: Attendee[] },
): void {
  const t = mailTranslator(locale);
  const supplier = localized(meeting.supplierOrg, "name", locale);
  const buyer = localized(meeting.buyerOrg, "name", locale);
  const fair = meeting.session.fair;
  const url = roomUrl(meeting.roomToken, locale);
  const lines = [
    t("calendar.description", {
      fair: localized(fair, "name", locale),
      session: localized(meeting.session, "title", locale),
    }),
    t("calendar.supplier", { name: supplier }),
    t("calendar.buyer", { name: buyer }),
    ...(meeting.interpreter ? [t("calendar.interpreter", { name: meeting.interpreter.name })] : []),
    ...(meeting.agenda ? [t("calendar.agenda", { agenda: meeting.agenda })] : []),
    t("calendar.room", { url }),
  ];
  const from = mailFrom();
  calendar.createEvent({
    id: meetingUid(meeting.id),
    sequence: meeting.sequence,
    stamp: meeting.updatedAt,
    start: meeting.startsAt,
    end: meeting.endsAt,
    // Instants in UTC ("...Z"): every calendar shows them in its owner's zone.
    timezone: null,
    summary: t("calendar.summary", { supplier, buyer }),
    description: lines.join("\n"),
    location: url,
    url,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: localized(fair.hostOrganization, "name", locale) || from.name, email: from.address },
    attendees: attendees.map((person): ICalAttendeeData => ({
      name: person.name,
      email: person.email,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.ACCEPTED,
      rsvp: false,
    })),
  });
}

export type MeetingIcsOptions = {
  method: "REQUEST" | "CANCEL";
  viewerLocale: AppLocale;
  /** Who the entry is for; default: every participant. A CANCEL to one person removes only them. */
  attendees?: Attendee[];
};

/**
 * One meeting as an iCalendar invitation (METHOD:REQUEST) or cancellation
 * (METHOD:CANCEL, STATUS:CANCELLED): same UID, SEQUENCE = Meeting.sequence, which
 * the domain bumps on every move and cancellation, so calendars apply the newest.
 */
export function meetingIcs(meeting: CalendarMeeting, { method, viewerLocale, attendees }: MeetingIcsOptions): string {
  const calendar = ical({
    prodId: PRODUCT_ID,
    method: method === "CANCEL" ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  addMeetingEvent(calendar, meeting, viewerLocale, {
    cancelled: method === "CANCEL" || meeting.status === "CANCELLED",
    attendees: attendees ?? meetingAttendees(meeting),
  });
  return calendar.toString();
}

/** A subscription feed (METHOD:PUBLISH) of many meetings; cancelled ones stay in it as STATUS:CANCELLED. */
export function meetingsFeedIcs(meetings: CalendarMeeting[], viewerLocale: AppLocale): string {
  const calendar = ical({
    prodId: PRODUCT_ID,
    method: ICalCalendarMethod.PUBLISH,
    name: mailTranslator(viewerLocale)("calendar.feedName"),
    ttl: 15 * 60,
  });
  for (const meeting of meetings) {
    addMeetingEvent(calendar, meeting, viewerLocale, {
      cancelled: meeting.status === "CANCELLED",
      attendees: meetingAttendees(meeting),
    });
  }
  return calendar.toString();
}
