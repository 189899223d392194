import { createTranslator } from "use-intl/core";
import type { AppLocale } from "@/lib/i18n/routing";
import en from "@/messages/en/results.json";
import ru from "@/messages/ru/results.json";
import zh from "@/messages/zh/results.json";

const catalogues = { en, zh, ru };

/**
 * Texts of the `results` namespace in one language, outside a page (the exports). From
 * use-intl/core (what next-intl builds on) rather than next-intl, whose entry imports React
 * hooks that a react-server process (the benchmark) does not have.
 */
export function resultsTranslator(locale: AppLocale) {
  return createTranslator({ locale, messages: { results: catalogues[locale] ?? en }, namespace: "results" });
}
export type ResultsTranslator = ReturnType<typeof resultsTranslator>;
