import type { AppLocale } from "@/lib/i18n/routing";

const intlLocale: Record<AppLocale, string> = { en: "en-GB", zh: "zh-CN", ru: "ru-RU" };
const counts = new Map<string, Intl.NumberFormat>();

function formatter(locale: AppLocale, kind: "count" | "decimal" | "share"): Intl.NumberFormat {
  const key = `${locale}:${kind}`;
  let format = counts.get(key);
  if (!format) {
    format = new Intl.NumberFormat(
      intlLocale[locale],
      kind === "share"
        ? { style: "percent", maximumFractionDigits: 1 }
        : { maximumFractionDigits: kind === "decimal" ? 2 : 0 },
    );
    counts.set(key, format);
  }
  return format;
}

/** A count in the viewer's language ("12,345", "12 345"). */
export function formatCount(value: number, locale: AppLocale): string {
  return formatter(locale, "count").format(value);
}

/** A figure with up to two decimals (interpreter hours). */
export function formatDecimal(value: number, locale: AppLocale): string {
  return formatter(locale, "decimal").format(value);
}

/** A share as a percentage ("50%", "50 %"), "—" when there is nothing to divide. */
export function formatShare(value: number | null, locale: AppLocale): string {
  return value === null ? "—" : formatter(locale, "share").format(value);
}

/** The change from the previous edition as a signed percentage, "—" without a base. */
export function formatChange(current: number, previous: number, locale: AppLocale): string {
  if (previous === 0) return "—";
  const change = (current - previous) / previous;
  return `${change > 0 ? "+" : ""}${formatter(locale, "share").format(change)}`;
}
