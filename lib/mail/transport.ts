import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { mailFrom, smtpUrl } from "./config";
import type { MeetingMail } from "./build-meeting-mail";

// One pooled transport per process and SMTP URL, kept on globalThis (Next's dev server re-evaluates modules).
const cache = globalThis as unknown as { fairbridgeMail?: { url: string; transport: Transporter } };

/** The SMTP transport of SMTP_URL (default: the local dev server on 127.0.0.1:2525). */
export function mailTransport(): Transporter {
  const url = smtpUrl();
  if (cache.fairbridgeMail?.url !== url) {
    cache.fairbridgeMail?.transport.close();
    cache.fairbridgeMail = { url, transport: nodemailer.createTransport(url) };
  }
  return cache.fairbridgeMail.transport;
}

/** Closes the pooled transport (tests, scripts). */
export function closeMailTransport(): void {
  cache.fairbridgeMail?.transport.close();
  delete cache.fairbridgeMail;
}

/** Sends one rendered mail from MAIL_FROM; the .ics goes as attachment and as the text/calendar part. */
export async function sendMeetingMail(mail: MeetingMail): Promise<void> {
  const from = mailFrom();
  await mailTransport().sendMail({
    from: { name: from.name, address: from.address },
    to: { name: mail.to.name, address: mail.to.address },
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    headers: { "Content-Language": mail.locale, "Auto-Submitted": "auto-generated" },
    icalEvent: mail.calendar
      ? { method: mail.calendar.method, filename: "meeting.ics", content: mail.calendar.content }
      : undefined,
  });
}
