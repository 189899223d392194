import { locales } from "@/lib/i18n/routing";

const localePrefix = new RegExp(`^/(${locales.join("|")})(?=/|$|\\?|#)`);

/**
 * Parses a callback the way a browser would (it drops tabs and newlines, so
 * "/\t/evil.example" means "//evil.example") and keeps it only if it stays on this site.
 */
export function sameSitePath(candidate: string | null | undefined): string | null {
  if (!candidate || !candidate.startsWith("/")) return null;
  const base = "http://same-site.invalid";
  try {
    const url = new URL(candidate, base);
    return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : null;
  } catch {
    return null;
  }
}

/**
 * Rewrites the language prefix of a same-site path to the person's preferred
 * language, so after sign-in they land on the page they asked for, in their language.
 */
export function withPreferredLocale(path: string, locale: string): string {
  return localePrefix.test(path) ? path.replace(localePrefix, `/${locale}`) : path;
}
