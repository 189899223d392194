import type { AppLocale } from "@/lib/i18n/routing";
import { knownCities } from "@/lib/geo/cities";
import { exportMarketCodes, supplierLanguageCodes } from "./choices";

const intlLocale: Record<AppLocale, string> = { en: "en", zh: "zh-CN", ru: "ru" };

/** Country and language names come from Intl in each UI language, sorted for that reader. */
export function exportMarketChoices(locale: AppLocale) {
  const names = new Intl.DisplayNames([intlLocale[locale]], { type: "region" });
  return exportMarketCodes
    .map((code) => ({ value: code, label: names.of(code) ?? code }))
    .sort((a, b) => a.label.localeCompare(b.label, intlLocale[locale]));
}

export function supplierLanguageChoices(locale: AppLocale) {
  const names = new Intl.DisplayNames([intlLocale[locale]], { type: "language" });
  return supplierLanguageCodes.map((code) => ({ value: code, label: names.of(code) ?? code }));
}

/** Zhejiang cities to suggest; the stored value is the English name, as at sign-up. */
export function supplierCityChoices(locale: AppLocale) {
  return knownCities
    .filter((city) => city.country === "CN")
    .map((city) => ({ value: city.name.en, label: city.name[locale] }));
}
