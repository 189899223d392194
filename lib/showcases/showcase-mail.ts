import "server-only";
import { createTranslator } from "next-intl";
import { db } from "@/lib/db";
import { appUrl } from "@/lib/calendar/room-url";
import { localized } from "@/lib/i18n/localized";
import { isAppLocale, type AppLocale } from "@/lib/i18n/routing";
import type { MeetingMail } from "@/lib/mail/build-meeting-mail";
import { escapeHtml } from "@/lib/mail/escape-html";
import { zonedPair } from "@/lib/time/zone-pair";
import en from "@/messages/en/showcases.json";
import ru from "@/messages/ru/showcases.json";
import zh from "@/messages/zh/showcases.json";

/**
 * A showcase mail job on the mail queue (ids only; rendered from fresh data): the reminder
 * to a follower, or the organizers' decision to a member of the showcase's supplier.
 */
export type ShowcaseMailJob = {
  kind: "showcaseReminder" | "showcaseReviewed";
  recipientId: string;
  showcaseId: string;
};

export function isShowcaseMailJob(job: { kind: string }): job is ShowcaseMailJob {
  return job.kind === "showcaseReminder" || job.kind === "showcaseReviewed";
}

const catalogues = { en, zh, ru };

function showcaseMailTranslator(locale: AppLocale) {
  return createTranslator({ locale, messages: { showcases: catalogues[locale] ?? en }, namespace: "showcases.mail" });
}

/** The showcase page's address in a language. */
export function showcaseUrl(showcaseId: string, locale: AppLocale): string {
  return `${appUrl()}/${locale}/showcases/${encodeURIComponent(showcaseId)}`;
}

/** The supplier's own showcases page, where the decision and its note are shown. */
function supplierShowcasesUrl(locale: AppLocale): string {
  return `${appUrl()}/${locale}/supplier/showcases`;
}

/**
 * The reminder "starts in 15 minutes" to a follower, or the organizers' decision (approved
 * or not, with their note) to the supplier, in the recipient's language and time zone with
 * the fair's beside it. Null (nothing to send) when the person is gone or the showcase is no
 * longer in the state the mail is about.
 */
export async function buildShowcaseMail(job: ShowcaseMailJob): Promise<MeetingMail | null> {
  const [recipient, showcase] = await Promise.all([
    db.user.findFirst({
      where: { id: job.recipientId, disabledAt: null },
      select: { name: true, email: true, locale: true, timeZone: true, organizationId: true },
    }),
    db.showcase.findUnique({
      where: { id: job.showcaseId },
      select: {
        id: true,
        status: true,
        organizationId: true,
        reviewNote: true,
        titleEn: true,
        titleZh: true,
        titleRu: true,
        startsAt: true,
        endsAt: true,
        organization: { select: { nameEn: true, nameZh: true, nameRu: true } },
        session: { select: { fair: { select: { nameEn: true, nameZh: true, nameRu: true, timeZone: true } } } },
      },
    }),
  ]);
  if (!recipient || !showcase) return null;
  const reviewed = job.kind === "showcaseReviewed";
  // A decision is told to the supplier's own people while it stands; a reminder only for an approved showcase.
  const stillTrue = reviewed
    ? recipient.organizationId === showcase.organizationId &&
      (showcase.status === "APPROVED" || showcase.status === "REJECTED")
    : showcase.status === "APPROVED";
  if (!stillTrue) return null;

  const locale: AppLocale = isAppLocale(recipient.locale) ? recipient.locale : "en";
  const t = showcaseMailTranslator(locale);
  const title = localized(showcase, "title", locale);
  const supplier = localized(showcase.organization, "name", locale);
  const fair = localized(showcase.session.fair, "name", locale);
  const when = zonedPair(
    showcase.startsAt,
    showcase.endsAt,
    locale,
    recipient.timeZone,
    showcase.session.fair.timeZone,
  );
  const approved = showcase.status === "APPROVED";
  const note = reviewed && showcase.reviewNote ? t("reviewNote", { note: showcase.reviewNote }) : null;
  const mail = reviewed
    ? {
        subject: t(approved ? "approvedSubject" : "rejectedSubject", { title }),
        body: t(approved ? "approvedBody" : "rejectedBody", { title, fair }),
        action: t("reviewedAction"),
        link: supplierShowcasesUrl(locale),
        footer: t("reviewedFooter", { fair }),
      }
    : {
        subject: t("reminderSubject", { title }),
        body: t("reminderBody", { title, supplier, fair }),
        action: t("reminderAction"),
        link: showcaseUrl(showcase.id, locale),
        footer: t("footer", { fair }),
      };
  const greeting = t("greeting", { name: recipient.name });
  const time = t("reminderWhen", { when: `${when.dayLabel}, ${when.label}` });
  const paragraphs = [mail.body, ...(note ? [note] : [])];
  const text = [greeting, "", ...paragraphs, time, "", `${mail.action}: ${mail.link}`, "", "--", mail.footer].join(
    "\n",
  );
  const html = [
    `<!doctype html><html lang="${locale}"><body style="font-family:Arial,sans-serif;font-size:14px;color:#1e293b">`,
    `<p>${escapeHtml(greeting)}</p>`,
    ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    `<p><strong>${escapeHtml(time)}</strong></p>`,
    `<p><a href="${escapeHtml(mail.link)}" style="display:inline-block;padding:8px 16px;background:#1d4ed8;color:#ffffff;border-radius:6px;text-decoration:none">${escapeHtml(mail.action)}</a></p>`,
    `<hr><p style="color:#64748b;font-size:12px">${escapeHtml(mail.footer)}</p>`,
    `</body></html>`,
  ].join("\n");
  return { to: { name: recipient.name, address: recipient.email }, locale, subject: mail.subject, text, html };
}
