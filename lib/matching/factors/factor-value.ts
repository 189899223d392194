import type { FactorResult, MatchFactor, Reason } from "../types";

/** What a factor function returns; the score attaches the fair's weight (lib/matching/score.ts). */
export type FactorValue = Omit<FactorResult, "weight">;

export function factorValue(
  factor: MatchFactor,
  value: number | null,
  key: string,
  params?: Reason["params"],
): FactorValue {
  return { factor, value: value === null ? null : clamp01(value), reason: params ? { key, params } : { key } };
}

/** A factor value as stored and summed: clamped to 0..1, three decimals (value functions and factors agree). */
export function clamp01(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}
