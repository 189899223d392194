import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatMoney } from "@/lib/money/format-money";
import type { SessionOutcomeTotals } from "@/lib/outcomes/session-totals";

/** The session's figures: held, no-shows, order intents (with summed values per currency), follow-ups. */
export async function SessionOutcomeTotalsView({
  totals,
  locale,
}: {
  totals: SessionOutcomeTotals;
  locale: AppLocale;
}) {
  const t = await getTranslations("outcomes.session.totals");
  const items = [
    { key: "held", value: totals.held },
    { key: "noShows", value: totals.noShows },
    { key: "orderIntents", value: totals.orderIntents },
    { key: "followUps", value: totals.followUps },
    { key: "notReported", value: totals.notReported },
  ] as const;
  return (
    <div className="space-y-3">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5" data-testid="outcome-totals">
        {items.map((item) => (
          <div
            key={item.key}
            className="rounded-lg border border-slate-200 bg-white px-4 py-3"
            data-testid={`total-${item.key}`}
          >
            <dt className="text-xs text-slate-600">{t(item.key)}</dt>
            <dd className="text-2xl font-semibold text-slate-900 tabular-nums">{item.value}</dd>
          </div>
        ))}
      </dl>
      <div className="rounded-lg border border-slate-200 bg-white px-4 py-3" data-testid="total-value">
        <p className="text-xs text-slate-600">{t("value")}</p>
        {totals.valueByCurrency.length ? (
          <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1 text-lg font-semibold text-slate-900 tabular-nums">
            {totals.valueByCurrency.map(({ currency, minor }) => (
              <li key={currency} data-testid={`total-value-${currency}`}>
                {formatMoney(minor, currency, locale)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-sm text-slate-500">{t("noValue")}</p>
        )}
      </div>
    </div>
  );
}
