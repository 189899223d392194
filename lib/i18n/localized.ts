import type { AppLocale } from "./routing";

type Suffix = "En" | "Zh" | "Ru";

// Fallback order when a text is missing in the viewer's language: Russian
// readers prefer English to Chinese, Chinese readers prefer English to Russian.
const fallbackOrder: Record<AppLocale, Suffix[]> = {
  en: ["En", "Zh", "Ru"],
  zh: ["Zh", "En", "Ru"],
  ru: ["Ru", "En", "Zh"],
};

/**
 * Picks `${field}En|Zh|Ru` from a record in the viewer's language, falling back
 * to the other languages so a name is never blank.
 */
export function localized<F extends string>(
  record: Partial<Record<`${F}${Suffix}`, string | null>>,
  field: F,
  locale: AppLocale,
): string {
  for (const suffix of fallbackOrder[locale] ?? fallbackOrder.en) {
    const value = record[`${field}${suffix}` as `${F}${Suffix}`];
    if (value) return value;
  }
  return "";
}
