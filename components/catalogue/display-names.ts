import type { AppLocale } from "@/lib/i18n/routing";

const intlLocale: Record<AppLocale, string> = { en: "en-GB", zh: "zh-CN", ru: "ru-RU" };

/** Country or language names in the viewer's language; an unknown code is shown as stored. */
export function displayName(code: string, type: "region" | "language", locale: AppLocale): string {
  try {
    return new Intl.DisplayNames([intlLocale[locale]], { type }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Russia, Kazakhstan and Belarus" / "俄罗斯、哈萨克斯坦和白俄罗斯" / "Россия, Казахстан и Беларусь". */
export function displayList(items: string[], locale: AppLocale): string {
  return new Intl.ListFormat(intlLocale[locale], { type: "conjunction" }).format(items);
}

/** Where a company is: "Pinghu, China"; Chinese puts the country first ("中国平湖"). */
export function displayPlace(city: string, countryCode: string, locale: AppLocale): string {
  const country = displayName(countryCode, "region", locale);
  return locale === "zh" ? `${country}${city}` : `${city}, ${country}`;
}
