import { factorValue, type FactorValue } from "./factor-value";

/** An organizer checked the supplier's documents (Organization.verifiedAt). */
export function verifiedFactor(verified: boolean): FactorValue {
  return verified
    ? factorValue("verified", verifiedValue(true), "verified.yes")
    : factorValue("verified", 0, "verified.no");
}

export function verifiedValue(verified: boolean): number {
  return verified ? 1 : 0;
}
