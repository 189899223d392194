import { clamp01, factorValue, type FactorValue } from "./factor-value";

/** 1 at or below the wanted quantity, linear to 0 at twice it, null for different units. */
export function moqValue(moq: number, sameUnit: boolean, quantity: number): number | null {
  if (!sameUnit) return null;
  if (moq <= quantity) return 1;
  if (moq <= 2 * quantity) return clamp01((2 * quantity - moq) / quantity);
  return 0;
}

export function sameUnit(a: string, b: string): boolean {
  return normalizeUnit(a) === normalizeUnit(b);
}

export function normalizeUnit(unit: string): string {
  return unit.trim().toLowerCase();
}

/**
 * The supplier's minimum order against the quantity wanted, in the same unit:
 * at or below it -> 1; up to twice it -> falls linearly from 1 to 0 (a negotiable
 * gap); above -> 0. Different units cannot be compared: null.
 */
export function moqFactor(
  product: { moq: number; moqUnit: string },
  wanted: { quantity: number; unit: string },
): FactorValue {
  const value = moqValue(product.moq, sameUnit(product.moqUnit, wanted.unit), wanted.quantity);
  if (value === null) return factorValue("moq", null, "moq.otherUnit", { moqUnit: product.moqUnit, unit: wanted.unit });
  const params = { moq: product.moq, quantity: wanted.quantity, unit: product.moqUnit };
  if (product.moq <= wanted.quantity) return factorValue("moq", value, "moq.fits", params);
  if (product.moq <= 2 * wanted.quantity) return factorValue("moq", value, "moq.near", params);
  return factorValue("moq", value, "moq.tooHigh", params);
}
