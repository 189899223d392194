import "server-only";
import { db } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import { calendarMeetingSelect, type CalendarMeeting } from "@/lib/calendar/calendar-meeting";
import { meetingIcs } from "@/lib/calendar/meeting-ics";
import { appUrl, roomUrl } from "@/lib/calendar/room-url";
import { localized } from "@/lib/i18n/localized";
import { isAppLocale, type AppLocale } from "@/lib/i18n/routing";
import type { MeetingEvent } from "@/lib/meetings/events";
import { meetingTimeLine, shortMeetingTime } from "./meeting-time";
import { escapeHtml } from "./escape-html";
import { mailTranslator, type MailTranslator } from "./translator";

export type MailKind = MeetingEvent["kind"] | "reminder";

/** One mail to one person. Ids only: the text is rendered from fresh data when it is sent. */
export type MeetingMailJob = {
  kind: MailKind;
  recipientId: string;
  requestId: string | null;
  meetingId: string | null;
  /** Reminders only: the meeting's sequence when the reminder was planned. */
  sequence?: number;
};

export type MeetingMail = {
  to: { name: string; address: string };
  locale: AppLocale;
  subject: string;
  text: string;
  html: string;
  /** The .ics attached (and offered as the calendar part of the message). */
  calendar?: { method: "REQUEST" | "CANCEL"; content: string };
};

type MessageKey = Parameters<MailTranslator>[0];
type Recipient = NonNullable<Awaited<ReturnType<typeof loadRecipient>>>;
type Party = { id: string; nameEn: string | null; nameZh: string | null; nameRu: string | null; timeZone: string };
type Field = { label: string; value: string; href?: string };
type Content = {
  counterpart: string;
  time?: string;
  textKey: string;
  session: string;
  fair: string;
  fields: Field[];
  list?: { label: string; items: string[] };
  /** Requests only: when an unanswered one lapses, on the recipient's clock. */
  expires?: string;
  calendar?: MeetingMail["calendar"];
};

function loadRecipient(id: string) {
  return db.user.findFirst({
    where: { id, disabledAt: null },
    select: { id: true, name: true, email: true, locale: true, timeZone: true, role: true, organizationId: true },
  });
}

/** The other side(s) of a two-party affair, as the recipient sees it. */
function counterpartsOf(recipient: Recipient, a: Party, b: Party): Party[] {
  if (recipient.organizationId === a.id) return [b];
  if (recipient.organizationId === b.id) return [a];
  return [a, b]; // the interpreter, an organizer
}

function meetingPageUrl(meetingId: string, locale: AppLocale): string {
  return `${appUrl()}/${locale}/meetings/${encodeURIComponent(meetingId)}`;
}

function names(parties: Party[], locale: AppLocale): string {
  return parties.map((party) => localized(party, "name", locale)).join(" · ");
}

async function meetingContent(job: MeetingMailJob, recipient: Recipient, locale: AppLocale) {
  const meeting: CalendarMeeting | null = await db.meeting.findUnique({
    where: { id: job.meetingId! },
    select: calendarMeetingSelect,
  });
  if (!meeting) return null;
  // A reschedule or cancellation since the reminder was planned makes it void (runMeetingReminder
  // checked the time when it queued this mail).
  if (job.kind === "reminder" && (meeting.status !== "SCHEDULED" || meeting.sequence !== job.sequence)) return null;
  const t = mailTranslator(locale);
  const parties = counterpartsOf(recipient, meeting.supplierOrg, meeting.buyerOrg);
  const participant =
    recipient.organizationId === meeting.supplierOrg.id ||
    recipient.organizationId === meeting.buyerOrg.id ||
    meeting.interpreter?.id === recipient.id;
  const cancelled = meeting.status === "CANCELLED";
  const interprets = can(recipient, "interpret:meeting:own");
  // An interpreter replaced on a reschedule is told the meeting left their calendar.
  const textKey = !participant && interprets && !cancelled ? "unassigned" : job.kind;
  const method = cancelled || textKey === "unassigned" ? "CANCEL" : "REQUEST";
  const url = roomUrl(meeting.roomToken, locale);
  const fields: Field[] = [
    {
      label: t("label.when"),
      value: meetingTimeLine(
        meeting.startsAt,
        meeting.endsAt,
        locale,
        recipient.timeZone,
        parties.map((p) => p.timeZone),
      ),
    },
  ];
  if (textKey === "unassigned" || interprets || parties.length > 1) {
    fields.push({ label: t("label.participants"), value: names([meeting.supplierOrg, meeting.buyerOrg], locale) });
  }
  if (meeting.interpreter && textKey !== "unassigned") {
    fields.push({ label: t("label.interpreter"), value: meeting.interpreter.name });
  }
  if (meeting.agenda) fields.push({ label: t("label.agenda"), value: meeting.agenda });
  if (cancelled && meeting.cancelReason) fields.push({ label: t("label.reason"), value: meeting.cancelReason });
  // A no-show notice or an outcome reminder is about the past: no room link and no calendar
  // update; the reminder links the meeting page, where the outcome is recorded.
  const noShow = job.kind === "noShow" || job.kind === "outcomeDue";
  if (method === "REQUEST" && !noShow) fields.push({ label: t("label.room"), value: url, href: url });
  if (job.kind === "outcomeDue") {
    const page = meetingPageUrl(meeting.id, locale);
    fields.push({ label: t("label.meetingPage"), value: page, href: page });
  }
  const calendar: MeetingMail["calendar"] = {
    method,
    content: meetingIcs(meeting, {
      method,
      viewerLocale: locale,
      attendees: textKey === "unassigned" ? [{ name: recipient.name, email: recipient.email }] : undefined,
    }),
  };
  return {
    counterpart: names(parties, locale),
    time: shortMeetingTime(meeting.startsAt, locale, recipient.timeZone),
    textKey,
    session: localized(meeting.session, "title", locale),
    fair: localized(meeting.session.fair, "name", locale),
    fields,
    calendar: noShow ? undefined : calendar,
  } satisfies Content;
}

async function requestContent(job: MeetingMailJob, recipient: Recipient, locale: AppLocale) {
  const party = { select: { id: true, nameEn: true, nameZh: true, nameRu: true, timeZone: true } } as const;
  const request = await db.meetingRequest.findUnique({
    where: { id: job.requestId! },
    select: {
      message: true,
      preferredStarts: true,
      declineReason: true,
      expiresAt: true,
      fromOrganization: party,
      toOrganization: party,
      session: {
        select: {
          titleEn: true,
          titleZh: true,
          titleRu: true,
          slotMinutes: true,
          fair: { select: { nameEn: true, nameZh: true, nameRu: true } },
        },
      },
    },
  });
  if (!request) return null;
  const t = mailTranslator(locale);
  const parties = counterpartsOf(recipient, request.fromOrganization, request.toOrganization);
  const zones = parties.map((p) => p.timeZone);
  const fields: Field[] = [];
  let list: Content["list"];
  if (job.kind === "requested") {
    fields.push({ label: t("label.message"), value: request.message });
    if (request.preferredStarts.length) {
      const minutes = request.session.slotMinutes * 60_000;
      list = {
        label: t("label.preferred"),
        items: request.preferredStarts.map((start) =>
          meetingTimeLine(start, new Date(start.getTime() + minutes), locale, recipient.timeZone, zones),
        ),
      };
    }
  }
  if ((job.kind === "declined" || job.kind === "declinedByOrganizers") && request.declineReason) {
    fields.push({ label: t("label.reason"), value: request.declineReason });
  }
  return {
    counterpart: names(parties, locale),
    textKey: job.kind === "cancelled" ? "requestCancelled" : job.kind,
    session: localized(request.session, "title", locale),
    fair: localized(request.session.fair, "name", locale),
    fields,
    list,
    expires: shortMeetingTime(request.expiresAt, locale, recipient.timeZone),
  } satisfies Content;
}

/**
 * Renders one mail of a meeting event (or a reminder) for one recipient, in their
 * language and on their clock with the counterpart's beside it, from the data as it
 * is now. Null when there is nothing to send: the recipient is disabled or gone,
 * the request or meeting was deleted, or a reminder is void (the meeting moved or was cancelled).
 */
export async function buildMeetingMail(job: MeetingMailJob): Promise<MeetingMail | null> {
  const recipient = await loadRecipient(job.recipientId);
  if (!recipient) return null;
  const locale: AppLocale = isAppLocale(recipient.locale) ? recipient.locale : "en";
  const content: Content | null = job.meetingId
    ? await meetingContent(job, recipient, locale)
    : job.requestId
      ? await requestContent(job, recipient, locale)
      : null;
  if (!content) return null;

  const t = mailTranslator(locale);
  const values = {
    counterpart: content.counterpart,
    parties: content.counterpart,
    time: content.time ?? "",
    session: content.session,
    expires: content.expires ?? "",
  };
  const subject = t(`subject.${content.textKey}` as MessageKey, values);
  const greeting = t("body.greeting", { name: recipient.name });
  const body = t(`body.${content.textKey}` as MessageKey, values);
  const footer = t("footer", { fair: content.fair });
  const hint = content.calendar ? t("label.calendarHint") : null;

  const text = [
    greeting,
    "",
    body,
    "",
    ...content.fields.map((field) => t("label.field", { label: field.label, value: field.value })),
    ...(content.list
      ? [
          t("label.field", { label: content.list.label, value: "" }).trimEnd(),
          ...content.list.items.map((item) => `- ${item}`),
        ]
      : []),
    "",
    ...(hint ? [hint, ""] : []),
    "--",
    footer,
  ].join("\n");

  const row = (field: Field) =>
    `<tr><th align="left" style="padding:4px 12px 4px 0;vertical-align:top">${escapeHtml(field.label)}</th><td style="padding:4px 0">${
      field.href ? `<a href="${escapeHtml(field.href)}">${escapeHtml(field.value)}</a>` : escapeHtml(field.value)
    }</td></tr>`;
  const html = [
    `<!doctype html><html lang="${locale}"><body style="font-family:Arial,sans-serif;font-size:14px;color:#1e293b">`,
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(body)}</p>`,
    content.fields.length ? `<table cellspacing="0" cellpadding="0">${content.fields.map(row).join("")}</table>` : "",
    content.list
      ? `<p><strong>${escapeHtml(content.list.label)}</strong></p><ul>${content.list.items
          .map((item) => `<li>${escapeHtml(item)}</li>`)
          .join("")}</ul>`
      : "",
    hint ? `<p style="color:#64748b">${escapeHtml(hint)}</p>` : "",
    `<hr><p style="color:#64748b;font-size:12px">${escapeHtml(footer)}</p>`,
    `</body></html>`,
  ].join("\n");

  return {
    to: { name: recipient.name, address: recipient.email },
    locale,
    subject,
    text,
    html,
    calendar: content.calendar,
  };
}
