import type { Currency } from "@/lib/generated/prisma/enums";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatMoneyRange } from "@/lib/money/format-money";

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
      ? formatMoneyRange(
          convertMinor(min, from, to),
          max === null ? null : convertMinor(max, from, to),
          viewerCurrency,
          locale,
        )
      : null;
  return { price: formatMoneyRange(min, max, currency, locale), converted };
}

/** The currency a viewer most likely thinks in, by interface language. */
export function defaultCurrencyFor(locale: AppLocale): Currency {
  return locale === "ru" ? "RUB" : locale === "zh" ? "CNY" : "USD";
}
