import { createTranslator } from "next-intl";
import { messageOr } from "@/lib/i18n/message-keys";
import { isAppLocale, type AppLocale } from "@/lib/i18n/routing";
import en from "@/messages/en/errors.json";
import ru from "@/messages/ru/errors.json";
import zh from "@/messages/zh/errors.json";

const catalogues = { en, zh, ru };

/**
 * Texts of the `errors` namespace in one language outside a page request. An
 * unknown key (or one missing its parameters) reads as the generic "invalid"
 * message rather than failing the response.
 */
export function errorTranslator(locale: AppLocale) {
  const t = createTranslator({
    locale,
    messages: { errors: catalogues[locale] ?? en },
    namespace: "errors",
    onError: () => {},
    getMessageFallback: () => "",
  });
  return (key: string, params?: Record<string, string | number>): string => {
    const message = messageOr(t, key, "", params);
    return message || t("invalid");
  };
}

export type ErrorTranslator = ReturnType<typeof errorTranslator>;

/** The language of a caller without a (valid) token: the first of Accept-Language we speak, else English. */
export function localeFromAcceptLanguage(header: string | null): AppLocale {
  for (const part of (header ?? "").split(",")) {
    const tag = part.split(";")[0].trim().toLowerCase().slice(0, 2);
    if (isAppLocale(tag)) return tag;
  }
  return "en";
}
