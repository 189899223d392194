import { useLocale, useTranslations } from "next-intl";
import type { AppLocale } from "@/lib/i18n/routing";
import { describeRule, type RuleOfEntry } from "@/lib/negative-list/describe-rule";
import { formatDate } from "@/lib/time/format";
import { Alert } from "@/components/ui/alert";

type Props = {
  /** The product's `blockedByEntry` (select it with `entrySummarySelect`); nothing renders when null. */
  entry: RuleOfEntry | null | undefined;
  blockedAt?: Date | null;
  /** The viewer's zone, for the date. */
  timeZone?: string;
};

/**
 * Tells a supplier why one of its products is hidden from the catalogue: the
 * rule and the organizers' reason in the reader's language. Works in server and
 * client components.
 */
export function BlockedProductNotice({ entry, blockedAt, timeZone = "Asia/Shanghai" }: Props) {
  const t = useTranslations("negativeList");
  const locale = useLocale() as AppLocale;
  if (!entry) return null;
  const { rule, reason } = describeRule(entry, locale);
  return (
    <Alert tone="danger" role="note" data-testid="blocked-product-notice" className="space-y-1">
      <p className="font-semibold">{t("notice.title")}</p>
      <p className="break-words">{t("notice.body", { rule: t(`rule.${entry.kind}`, { rule }), reason })}</p>
      {blockedAt ? (
        <p className="text-xs">{t("notice.since", { date: formatDate(blockedAt, locale, timeZone) })}</p>
      ) : null}
      <p className="text-xs">{t("notice.fix")}</p>
    </Alert>
  );
}
