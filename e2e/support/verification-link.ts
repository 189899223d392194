import type { ReceivedMail } from "./mailbox";

/** The path and query of the confirmation link in a sign-up mail (the server's own origin is the test's). */
export function verificationPath(mail: ReceivedMail): string {
  const link = /https?:\/\/\S+\/verify-email\?token=[\w-]+/.exec(mail.text)?.[0];
  if (!link) throw new Error(`no confirmation link in "${mail.subject}"`);
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}
