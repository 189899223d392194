import { clamp01, factorValue, type FactorValue } from "./factor-value";

/** Share of the requirement's words found in the product; null without words. */
export function textValue(matchedTerms: number, requirementTermCount: number): number | null {
  if (requirementTermCount <= 0) return null;
  return clamp01(Math.min(matchedTerms, requirementTermCount) / requirementTermCount);
}

/**
 * Share of the requirement's words (searchTerms: stems and Chinese character pairs)
 * found in the product's words. Null when the requirement has no words at all.
 */
export function textFactor(matchedTerms: number, requirementTermCount: number): FactorValue {
  const value = textValue(matchedTerms, requirementTermCount);
  if (value === null) return factorValue("text", null, "text.noText");
  const params = { matched: Math.min(matchedTerms, requirementTermCount), total: requirementTermCount };
  if (matchedTerms === 0) return factorValue("text", 0, "text.none", params);
  return factorValue("text", value, value >= 0.5 ? "text.strong" : "text.partial", params);
}
