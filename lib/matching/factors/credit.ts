import { creditLevelFloors } from "@/lib/credit/credit-score";
import { factorValue, type FactorValue } from "./factor-value";

/**
 * The supplier's credit record (lib/credit, docs/credit.md): its credit score / 100.
 * The reason a buyer reads never states the score: a supplier at level A is "in good
 * standing", any other one only "taken into account". Null (left out) when no record
 * was loaded.
 */
export function creditFactor(credit: number | null | undefined): FactorValue {
  const value = creditValue(credit);
  if (value === null) return factorValue("credit", null, "credit.none");
  return factorValue("credit", value, value * 100 >= creditLevelFloors.A ? "credit.good" : "credit.counted");
}

export function creditValue(credit: number | null | undefined): number | null {
  return credit === null || credit === undefined ? null : credit;
}
