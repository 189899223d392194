/** Port of the local SMTP server that `npm run dev` / `npm run demo` start when SMTP_URL is unset. */
export const DEV_SMTP_PORT = 2525;

/** Where mail goes: SMTP_URL (smtp://user:pass@host:port, smtps://...), else the local dev server. */
export function smtpUrl(): string {
  return process.env.SMTP_URL || `smtp://127.0.0.1:${process.env.SMTP_PORT || DEV_SMTP_PORT}`;
}

export type Mailbox = { name: string; address: string };

const DEFAULT_FROM = "FairBridge <no-reply@fairbridge.local>";

/** The no-reply sender (MAIL_FROM, "Name <address>" or a bare address); also the calendar ORGANIZER's address. */
export function mailFrom(): Mailbox {
  const raw = (process.env.MAIL_FROM || DEFAULT_FROM).trim();
  const match = /^(.*)<([^<>\s]+@[^<>\s]+)>$/.exec(raw);
  if (match) return { name: match[1].trim().replace(/^"|"$/g, "") || "FairBridge", address: match[2] };
  return { name: "FairBridge", address: raw };
}
