import { createTranslator } from "next-intl";
import type { AppLocale } from "@/lib/i18n/routing";
import en from "@/messages/en/mail.json";
import ru from "@/messages/ru/mail.json";
import zh from "@/messages/zh/mail.json";

const catalogues = { en, zh, ru };

/** Texts of the `mail` namespace in one language, outside any request (jobs, route handlers). */
export function mailTranslator(locale: AppLocale) {
  return createTranslator({ locale, messages: { mail: catalogues[locale] ?? en }, namespace: "mail" });
}

export type MailTranslator = ReturnType<typeof mailTranslator>;
