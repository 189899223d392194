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

/** A showcase mail job on the mail queue (ids only; rendered from fresh data). */
export type ShowcaseMailJob = { kind: "showcaseReminder"; recipientId: string; showcaseId: string };

export function isShowcaseMailJob(job: { kind: string }): job is ShowcaseMailJob {
  return job.kind === "showcaseReminder";
}

const catalogues = { en, zh, ru };

function showcaseMailTranslator(locale: AppLocale) {
  return createTranslator({ locale, messages: { showcases: catalogues[locale] ?? en }, namespace: "showcases.mail" });
}

/** The showcase page's address in a language. */
export function showcaseUrl(showcaseId: string, locale: AppLocale): string {
  return `${appUrl()}/${locale}/showcases/${encodeURIComponent(showcaseId)}`;
}

/**
 * The reminder "starts in 15 minutes", in the follower's language and time zone with the
 * fair's beside it. Null (nothing to send) when the person is gone or the showcase was
 * cancelled or rejected since.
 */
export async function buildShowcaseMail(job: ShowcaseMailJob): Promise<MeetingMail | null> {
  const [recipient, showcase] = await Promise.all([
    db.user.findFirst({
      where: { id: job.recipientId, disabledAt: null },
      select: { name: true, email: true, locale: true, timeZone: true },
    }),
    db.showcase.findUnique({
      where: { id: job.showcaseId },
      select: {
        id: true,
        status: true,
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
  if (!recipient || !showcase || showcase.status !== "APPROVED") return null;
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
  const link = showcaseUrl(showcase.id, locale);

  const subject = t("reminderSubject", { title });
  const greeting = t("greeting", { name: recipient.name });
  const body = t("reminderBody", { title, supplier, fair });
  const time = t("reminderWhen", { when: `${when.dayLabel}, ${when.label}` });
  const action = t("reminderAction");
  const footer = t("footer", { fair });
  const text = [greeting, "", body, time, "", `${action}: ${link}`, "", "--", footer].join("\n");
  const html = [
    `<!doctype html><html lang="${locale}"><body style="font-family:Arial,sans-serif;font-size:14px;color:#1e293b">`,
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(body)}</p>`,
    `<p><strong>${escapeHtml(time)}</strong></p>`,
    `<p><a href="${escapeHtml(link)}" style="display:inline-block;padding:8px 16px;background:#1d4ed8;color:#ffffff;border-radius:6px;text-decoration:none">${escapeHtml(action)}</a></p>`,
    `<hr><p style="color:#64748b;font-size:12px">${escapeHtml(footer)}</p>`,
    `</body></html>`,
  ].join("\n");
  return { to: { name: recipient.name, address: recipient.email }, locale, subject, text, html };
}
