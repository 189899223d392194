import { formatMinorUnits } from "@/lib/money/minor-units";

/** "¥185.50 – ¥240" or "$12" when both ends are equal. */
export function formatPriceRange(min: bigint | null, max: bigint | null, currency: string, locale: string): string {
  if (min === null) return "—";
  const low = formatMinorUnits(min, currency, locale);
  if (max === null || max === min) return low;
  return `${low} – ${formatMinorUnits(max, currency, locale)}`;
}
