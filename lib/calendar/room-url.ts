import type { AppLocale } from "@/lib/i18n/routing";

/** The app's public base URL (APP_URL, else NEXTAUTH_URL), without a trailing slash. */
export function appUrl(): string {
  const base = process.env.APP_URL || process.env.NEXTAUTH_URL || `http://localhost:${process.env.PORT || 3000}`;
  return base.replace(/\/+$/, "");
}

/** The room path under a locale: the one place that knows it. */
export function roomPath(roomToken: string): string {
  return `/rooms/${encodeURIComponent(roomToken)}`;
}

/**
 * The meeting's room link, named by its unguessable room token (not the meeting id).
 * The token alone admits nobody: the room still checks the session and the role.
 */
export function roomUrl(roomToken: string, locale: AppLocale): string {
  return `${appUrl()}/${locale}${roomPath(roomToken)}`;
}
