import { convertMinor } from "@/lib/catalogue/money";
import type { Currency } from "@/lib/generated/prisma/enums";
import { minorToDecimalString } from "@/lib/money/minor-units";
import { clamp01, factorValue, type FactorValue } from "./factor-value";

type Rates = Partial<Record<Currency, bigint>>;
type Target = { targetPriceMinor: bigint | null; currency: Currency | null };

/** Above the target by this share or more, the price factor is 0 (linear in between). */
const PRICE_TOLERANCE = 0.5;

/**
 * The product's lowest price, converted with the fair's rates into the buyer's
 * currency, against the buyer's target: at or below -> 1, then falling linearly to
 * 0 at 50 % above. Null when there is no target, no price or no rate. The params
 * name the target: a supplier never sees this factor (lib/matching/redact.ts).
 */
export function priceFactor(
  product: { priceMinMinor: bigint | null; currency: Currency },
  requirement: Target,
  rates: Rates,
): FactorValue {
  return priceFactorConverted(convertProductPrice(product, requirement.currency, rates), requirement);
}

/** The product's lowest price in `currency` (minor units), or null without a price or rate. */
export function convertProductPrice(
  product: { priceMinMinor: bigint | null; currency: Currency },
  currency: Currency | null,
  rates: Rates,
): bigint | null {
  if (product.priceMinMinor === null || currency === null) return null;
  if (product.currency === currency) return product.priceMinMinor;
  const from = rates[product.currency];
  const to = rates[currency];
  if (!from || !to) return null;
  return convertMinor(product.priceMinMinor, from, to);
}

/** 1 at or below the target, linear to 0 at 50 % above; null without target or price. */
export function priceValue(converted: number | null, target: number | null): number | null {
  if (target === null || target <= 0 || converted === null) return null;
  const ratio = converted / target;
  return ratio <= 1 ? 1 : clamp01(Math.max(0, 1 - (ratio - 1) / PRICE_TOLERANCE));
}

/** The price factor for a price already in the requirement's currency (the match table caches conversions). */
export function priceFactorConverted(convertedMinor: bigint | null, requirement: Target): FactorValue {
  const { targetPriceMinor: target, currency } = requirement;
  if (target === null || currency === null || target <= 0n) return factorValue("price", null, "price.noTarget");
  if (convertedMinor === null) return factorValue("price", null, "price.unknown");
  const value = priceValue(Number(convertedMinor), Number(target))!;
  const ratio = Number(convertedMinor) / Number(target);
  const params = {
    price: minorToDecimalString(convertedMinor),
    target: minorToDecimalString(target),
    currency,
    percent: Math.max(0, Math.round((ratio - 1) * 100)),
  };
  if (ratio <= 1) return factorValue("price", value, "price.withinTarget", params);
  return factorValue("price", value, value > 0 ? "price.aboveTarget" : "price.farAboveTarget", params);
}
