import { minorDigits, minorToDecimalString } from "./minor-units";

// Building an Intl.NumberFormat costs far more than using one, and a results page
// prints dozens of prices: one formatter per language and currency, kept.
const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currency: string, locale: string): Intl.NumberFormat {
  const key = `${locale}:${currency}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      minimumFractionDigits: minorDigits,
      maximumFractionDigits: minorDigits,
      // "¥12" rather than "¥12.00" for whole amounts, "$12.50" rather than "$12.5" otherwise
      trailingZeroDisplay: "stripIfInteger",
    } as Intl.NumberFormatOptions);
    formatters.set(key, format);
  }
  return format;
}

/**
 * The one money formatter: minor units (CNY, USD and RUB all have two minor digits) as
 * "¥1,234.50" / "1 234,50 ₽" in the viewer's language. Intl reads the exact decimal
 * string, so large amounts never go through a float.
 */
export function formatMoney(minor: bigint, currency: string, locale: string): string {
  return formatterFor(currency, locale).format(minorToDecimalString(minor) as unknown as number);
}

/** "¥185.50 – ¥240", or one price when both ends agree (no maximum: the minimum alone); "—" without a price. */
export function formatMoneyRange(min: bigint | null, max: bigint | null, currency: string, locale: string): string {
  if (min === null) return "—";
  const low = formatMoney(min, currency, locale);
  if (max === null || max === min) return low;
  return `${low} – ${formatMoney(max, currency, locale)}`;
}
