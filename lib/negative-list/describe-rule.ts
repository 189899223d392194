import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";

export type RuleOfEntry = {
  kind: "HS_PREFIX" | "KEYWORD" | "CATEGORY";
  hsPrefix: string | null;
  keyword: string | null;
  category?: { nameEn: string; nameZh: string; nameRu: string } | null;
  reasonEn: string;
  reasonZh: string;
  reasonRu: string;
};

/** The rule's value (prefix, keyword or category name) and its reason, in the reader's language. */
export function describeRule(entry: RuleOfEntry, locale: AppLocale): { rule: string; reason: string } {
  const rule =
    entry.kind === "HS_PREFIX"
      ? (entry.hsPrefix ?? "")
      : entry.kind === "KEYWORD"
        ? (entry.keyword ?? "")
        : entry.category
          ? localized(entry.category, "name", locale)
          : "";
  // Organizers may write a reason in one language only; the others fall back.
  return { rule, reason: localized(entry, "reason", locale) };
}
