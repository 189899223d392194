import { factorValue, type FactorValue } from "./factor-value";

/** An interpreter bridges the gap, but speaking directly is better. */
export const INTERPRETER_VALUE = 0.6;

/**
 * A language both organizations list -> 1; else an active interpreter who speaks one
 * language of each side -> 0.6; else 0. Null when a side lists no languages.
 */
export function languageValue(
  buyerLanguages: string[],
  supplierLanguages: string[],
  interpreterLanguages: string[][],
): number | null {
  const factor = languageFactor(buyerLanguages, supplierLanguages, interpreterLanguages);
  return factor.value;
}

export function languageFactor(
  buyerLanguages: string[],
  supplierLanguages: string[],
  interpreterLanguages: string[][],
): FactorValue {
  if (buyerLanguages.length === 0 || supplierLanguages.length === 0) {
    return factorValue("language", null, "language.unknown");
  }
  const common = preferred(buyerLanguages.filter((language) => supplierLanguages.includes(language)));
  if (common) return factorValue("language", 1, "language.common", { language: common });
  for (const languages of interpreterLanguages) {
    const from = preferred(buyerLanguages.filter((language) => languages.includes(language)));
    const to = preferred(supplierLanguages.filter((language) => languages.includes(language)));
    if (from && to) return factorValue("language", INTERPRETER_VALUE, "language.interpreter", { from, to });
  }
  return factorValue("language", 0, "language.none");
}

// Which shared language to name: the fair's working languages first, for a stable reason.
const order = ["ru", "zh", "en"];
function preferred(languages: string[]): string | null {
  if (languages.length === 0) return null;
  return [...languages].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))[0];
}
function rank(language: string): number {
  const index = order.indexOf(language);
  return index < 0 ? order.length : index;
}
