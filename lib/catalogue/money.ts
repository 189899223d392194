import type { Currency } from "@/lib/generated/prisma/enums";
import type { AppLocale } from "@/lib/i18n/routing";
import { minorToDecimalString } from "@/lib/money/minor-units";

export const currencies = ["CNY", "USD", "RUB"] as const satisfies readonly Currency[];

/** The US dollar's own rate: one US cent buys one US cent (scaled like perUsdCentMicros). */
export const USD_PER_USD_CENT_MICROS = 1_000_000n;

// CNY, USD and RUB all have two minor digits (fen, cents, kopecks), so a rate typed
// as "1 USD = 7.20 CNY" is also "1 US cent = 7.20 fen": perUsdCentMicros = rate × 1e6.
const RATE_SCALE_DIGITS = 6;

/**
 * "12.5" -> 1250n with `digits` decimals, exactly (never through a float). Null when
 * the text is not a plain non-negative decimal with at most `digits` decimals.
 */
export function parseDecimal(text: string, digits: number): bigint | null {
  const match = /^(\d{1,15})(?:[.,](\d*))?$/.exec(text.trim());
  if (!match) return null;
  const fraction = match[2] ?? "";
  if (fraction.length > digits) return null;
  return BigInt(match[1]) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, "0") || "0");
}

/** "7.20" (units of the currency per 1 USD) -> 7200000n perUsdCentMicros; null if invalid or zero. */
export function parseRate(text: string): bigint | null {
  const micros = parseDecimal(text, RATE_SCALE_DIGITS);
  return micros && micros > 0n ? micros : null;
}

/** 7200000n -> "7.20": at least two decimals, at most six, no trailing zeros beyond two. */
export function formatRate(perUsdCentMicros: bigint): string {
  return formatScaled(perUsdCentMicros, RATE_SCALE_DIGITS).replace(/(\.\d\d\d*?)0+$/, "$1");
}

function formatScaled(value: bigint, digits: number): string {
  const scale = 10n ** BigInt(digits);
  const whole = value / scale;
  const fraction = (value % scale).toString().padStart(digits, "0");
  return `${whole}.${fraction}`;
}

/** Minor units of a currency -> whole US cents (rounded down), the unit the catalogue compares in. */
export function toUsdCents(minor: bigint, perUsdCentMicros: bigint): bigint {
  return (minor * USD_PER_USD_CENT_MICROS) / perUsdCentMicros;
}

/** Minor units of one currency -> minor units of another, rounded half up. */
export function convertMinor(minor: bigint, fromPerUsdCentMicros: bigint, toPerUsdCentMicros: bigint): bigint {
  return (minor * toPerUsdCentMicros * 2n + fromPerUsdCentMicros) / (fromPerUsdCentMicros * 2n);
}

// Building an Intl.NumberFormat costs far more than using one, and a results page
// prints dozens of prices: one formatter per language and currency, kept.
const formatters = new Map<string, Intl.NumberFormat>();

/** Like lib/money's formatMinorUnits ("¥12", "$12.50", "1 234,56 ₽"), with a reused formatter. */
export function formatMinor(minor: bigint, currency: Currency, locale: AppLocale): string {
  const key = `${locale}:${currency}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
      trailingZeroDisplay: "stripIfInteger",
    } as Intl.NumberFormatOptions);
    formatters.set(key, format);
  }
  // Through the exact decimal string: no float rounding for large amounts.
  return format.format(minorToDecimalString(minor) as unknown as number);
}

/** "$12.50 – $18" in the viewer's language; one price when min and max agree. */
export function formatPriceRange(min: bigint, max: bigint | null, currency: Currency, locale: AppLocale): string {
  if (max === null || max === min) return formatMinor(min, currency, locale);
  return `${formatMinor(min, currency, locale)} – ${formatMinor(max, currency, locale)}`;
}

/**
 * A price as the supplier set it, and approximately in the viewer's currency
 * (null when it is the same currency or a rate is missing).
 */
export function priceLines(
  min: bigint | null,
  max: bigint | null,
  currency: Currency,
  viewerCurrency: Currency,
  rates: Partial<Record<Currency, bigint>>,
  locale: AppLocale,
): { price: string; converted: string | null } | null {
  if (min === null) return null;
  const from = rates[currency];
  const to = rates[viewerCurrency];
  const converted =
    viewerCurrency !== currency && from && to
      ? formatPriceRange(
          convertMinor(min, from, to),
          max === null ? null : convertMinor(max, from, to),
          viewerCurrency,
          locale,
        )
      : null;
  return { price: formatPriceRange(min, max, currency, locale), converted };
}

/** The currency a viewer most likely thinks in, by interface language. */
export function defaultCurrencyFor(locale: AppLocale): Currency {
  return locale === "ru" ? "RUB" : locale === "zh" ? "CNY" : "USD";
}
