import type { AppLocale } from "@/lib/i18n/routing";

/** The app's public base URL (APP_URL, else NEXTAUTH_URL), without a trailing slash. */
export function appUrl(): string {
  const base = process.env.APP_URL || process.env.NEXTAUTH_URL || `http://localhost:${process.env.PORT || 3000}`;
  return base.replace(/\/+$/, "");
}

/** The meeting's room page: the one place that knows its path. */
export function roomUrl(meetingId: string, locale: AppLocale): string {
  return `${appUrl()}/${locale}/meetings/${encodeURIComponent(meetingId)}/room`;
}
