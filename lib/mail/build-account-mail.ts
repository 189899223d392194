import "server-only";
import { db } from "@/lib/db";
import { appUrl } from "@/lib/calendar/room-url";
import { issueVerificationToken } from "@/lib/email-verification/issue-verification-token";
import { VERIFICATION_LINK_HOURS } from "@/lib/email-verification/verification-token";
import { isAppLocale, type AppLocale } from "@/lib/i18n/routing";
import type { MeetingMail } from "./build-meeting-mail";
import { escapeHtml } from "./escape-html";
import { mailTranslator } from "./translator";

/** Mails about a person's own account. Ids only, like meeting mail. */
export type AccountMailJob = { kind: "verifyEmail" | "signUpAttempted"; recipientId: string };

const accountMailKinds: readonly string[] = ["verifyEmail", "signUpAttempted"] satisfies AccountMailJob["kind"][];

export function isAccountMailJob(job: { kind: string }): job is AccountMailJob {
  return accountMailKinds.includes(job.kind);
}

/**
 * Renders an account mail in the person's language. A confirmation mail gets a fresh
 * token now (none is queued), and only while the address is unconfirmed; null when
 * there is nothing to send (the person is gone, disabled, or already confirmed).
 */
export async function buildAccountMail(job: AccountMailJob): Promise<MeetingMail | null> {
  const recipient = await db.user.findFirst({
    where: { id: job.recipientId, disabledAt: null },
    select: { id: true, name: true, email: true, locale: true, emailVerifiedAt: true },
  });
  if (!recipient) return null;
  if (job.kind === "verifyEmail" && recipient.emailVerifiedAt) return null;
  const locale: AppLocale = isAppLocale(recipient.locale) ? recipient.locale : "en";
  const t = mailTranslator(locale);

  const link =
    job.kind === "verifyEmail"
      ? `${appUrl()}/${locale}/verify-email?token=${await issueVerificationToken(recipient.id)}`
      : `${appUrl()}/${locale}/login`;
  const subject = t(`account.${job.kind}.subject`);
  const greeting = t("body.greeting", { name: recipient.name });
  const body = t(`account.${job.kind}.body`, { hours: VERIFICATION_LINK_HOURS });
  const action = t(`account.${job.kind}.action`);
  const ignore = t(`account.${job.kind}.ignore`);
  const footer = t("account.footer");

  const text = [greeting, "", body, "", `${action}: ${link}`, "", ignore, "", "--", footer].join("\n");
  const html = [
    `<!doctype html><html lang="${locale}"><body style="font-family:Arial,sans-serif;font-size:14px;color:#1e293b">`,
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(body)}</p>`,
    `<p><a href="${escapeHtml(link)}" style="display:inline-block;padding:8px 16px;background:#1d4ed8;color:#ffffff;border-radius:6px;text-decoration:none">${escapeHtml(action)}</a></p>`,
    `<p style="color:#64748b;word-break:break-all">${escapeHtml(link)}</p>`,
    `<p style="color:#64748b">${escapeHtml(ignore)}</p>`,
    `<hr><p style="color:#64748b;font-size:12px">${escapeHtml(footer)}</p>`,
    `</body></html>`,
  ].join("\n");

  return { to: { name: recipient.name, address: recipient.email }, locale, subject, text, html };
}
