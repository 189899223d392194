/** CNY, USD and RUB all have two minor-unit digits (fen, cents, kopecks). */
export const minorDigits = 2;
const scale = 10n ** BigInt(minorDigits);

/** Prices above this many major units are certainly typos. */
export const maxMajorUnits = 1_000_000_000n;

export type MinorUnitsResult =
  { ok: true; minor: bigint } | { ok: false; error: "moneyInvalid" | "moneyTooManyDecimals" | "moneyTooLarge" };

/**
 * "1 234,5" / "1234.50" / "12" -> minor units as a bigint, without ever going
 * through a float. A comma is the decimal separator when there is no point (Russian
 * writing); spaces (also thin and no-break spaces) may group thousands.
 */
export function parseMinorUnits(raw: string): MinorUnitsResult {
  let text = raw.trim().replace(/[\s\u00a0\u202f]/g, "");
  if (!text.includes(".") && /^\d*,\d*$/.test(text)) text = text.replace(",", ".");
  const match = /^(\d+)(?:\.(\d*))?$/.exec(text) ?? /^()\.(\d+)$/.exec(text);
  if (!match) return { ok: false, error: "moneyInvalid" };
  const [, whole, fraction = ""] = match;
  if (fraction.length > minorDigits) return { ok: false, error: "moneyTooManyDecimals" };
  const major = BigInt(whole || "0");
  if (major > maxMajorUnits) return { ok: false, error: "moneyTooLarge" };
  return { ok: true, minor: major * scale + BigInt(fraction.padEnd(minorDigits, "0")) };
}

/** Minor units -> "1234.50", the exact decimal text (for form values and Intl). */
export function minorToDecimalString(minor: bigint): string {
  const negative = minor < 0n;
  const absolute = negative ? -minor : minor;
  const text = `${absolute / scale}.${(absolute % scale).toString().padStart(minorDigits, "0")}`;
  return negative ? `-${text}` : text;
}
