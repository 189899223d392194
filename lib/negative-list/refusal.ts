import { AppError } from "@/lib/errors";
import type { AppLocale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import type { NegativeListMatch } from "./check-product";

const messageKeys = {
  HS_PREFIX: { key: "negativeListHsPrefix", field: "hsCode" },
  KEYWORD: { key: "negativeListKeyword", field: undefined },
  CATEGORY: { key: "negativeListCategory", field: "categoryId" },
} as const;

/**
 * The refusal a product save throws when `findNegativeListMatch` found an
 * entry: a message in `locale` that names the rule and its reason. The field
 * (HS code, category) is flagged too, so the form highlights it.
 */
export function negativeListRefusal(match: NegativeListMatch, locale: AppLocale): AppError {
  const { key, field } = messageKeys[match.kind];
  // Organizers may write a reason in one language only; the others fall back.
  const reason = localized(match, "reason", locale);
  const rule = match.ruleNames?.[locale] || match.rule;
  return new AppError("VALIDATION", key, field ? { [field]: key } : undefined, { rule, reason });
}
