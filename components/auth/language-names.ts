import type { AppLocale } from "@/lib/i18n/routing";

/** Each language named in itself, so people find theirs whatever the page's language. */
export const languageNames: Record<AppLocale, string> = { en: "English", zh: "简体中文", ru: "Русский" };
