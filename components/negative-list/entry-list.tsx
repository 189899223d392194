import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { describeRule } from "@/lib/negative-list/describe-rule";
import type { NegativeListEntryRow } from "@/lib/negative-list/list-entries";
import { formatDate } from "@/lib/time/format";
import { Badge } from "@/components/ui/badge";
import { DeactivateEntryForm } from "./deactivate-entry-form";

type Props = { entries: NegativeListEntryRow[]; locale: AppLocale; timeZone: string };

/** Each entry with its rule, reason, state and the products it hides. */
export async function EntryList({ entries, locale, timeZone }: Props) {
  const t = await getTranslations("negativeList");
  return (
    <ul className="divide-y divide-slate-100" data-testid="negative-list-entries">
      {entries.map((entry) => {
        const { rule, reason } = describeRule(entry, locale);
        const ruleText = t(`rule.${entry.kind}`, { rule });
        // The rule reads mid-sentence elsewhere ("…под правило: коды ТН ВЭД…"); as a title it starts upper-case.
        const ruleLabel = ruleText.charAt(0).toLocaleUpperCase(locale) + ruleText.slice(1);
        const blockedCount = entry._count.blockedProducts;
        return (
          <li key={entry.id} className="space-y-2 py-4" data-testid="negative-list-entry" aria-label={ruleLabel}>
            <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
              <div className="min-w-0 space-y-1">
                <p className="flex flex-wrap items-center gap-2">
                  <Badge tone="neutral">{t(`kinds.${entry.kind}`)}</Badge>
                  <span className="font-medium break-words text-slate-900">{ruleLabel}</span>
                  {entry.active ? (
                    <Badge tone="danger">{t("list.active")}</Badge>
                  ) : (
                    <Badge tone="neutral">{t("list.inactive")}</Badge>
                  )}
                </p>
                <p className="text-sm break-words text-slate-700">{t("list.reasonLine", { reason })}</p>
                <p className="text-xs text-slate-500">
                  {t("list.addedBy", {
                    name: entry.createdBy.name,
                    date: formatDate(entry.createdAt, locale, timeZone),
                  })}
                </p>
              </div>
              <div className="flex shrink-0 flex-col gap-2 sm:items-end">
                <p className="text-sm font-medium text-slate-800" data-testid="blocked-count">
                  {t("list.blocks", { count: blockedCount })}
                </p>
                <DeactivateEntryForm entryId={entry.id} ruleLabel={ruleLabel} active={entry.active} />
              </div>
            </div>
            {blockedCount > 0 ? (
              <details className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm">
                <summary className="cursor-pointer font-medium text-brand-800">{t("list.showBlocked")}</summary>
                <ul className="mt-2 space-y-1">
                  {entry.blockedProducts.map((product) => (
                    <li key={product.id} className="flex flex-col break-words sm:flex-row sm:gap-2">
                      <span className="text-slate-900">
                        {localized(product, "name", locale)} <span className="text-slate-500">· {product.hsCode}</span>
                      </span>
                      <span className="text-slate-500">
                        {t("list.supplier")}: {localized(product.organization, "name", locale)}
                      </span>
                    </li>
                  ))}
                </ul>
                {blockedCount > entry.blockedProducts.length ? (
                  <p className="mt-1 text-slate-500">
                    {t("list.moreBlocked", { count: blockedCount - entry.blockedProducts.length })}
                  </p>
                ) : null}
              </details>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
