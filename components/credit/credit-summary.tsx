import { getFormatter, getTranslations } from "next-intl/server";
import type { CreditScore } from "@/lib/credit/credit-score";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { CreditBadges } from "./credit-badges";
import { creditLevelTone } from "./tones";

/** The level, the score and what counterparts see, then each factor's contribution (like match reasons). */
export async function CreditSummary({ credit }: { credit: CreditScore }) {
  const t = await getTranslations("credit");
  const format = await getFormatter(); // "18,2" in Russian, "18.2" in English and Chinese
  return (
    <Card className="space-y-4" data-testid="credit-summary">
      <div className="flex flex-wrap items-center gap-4">
        <Badge
          tone={creditLevelTone[credit.level]}
          className="h-14 w-14 justify-center text-3xl font-bold"
          aria-hidden="true"
        >
          {credit.level}
        </Badge>
        <div className="space-y-1">
          <p className="text-lg font-semibold text-slate-900" data-testid="credit-level" data-level={credit.level}>
            {t("level", { level: credit.level })}
          </p>
          <p className="text-sm text-slate-600 tabular-nums" data-testid="credit-score">
            {t("score", { score: credit.score })}
          </p>
        </div>
      </div>
      <div className="space-y-1">
        <p className="text-xs text-slate-500">{t("badges.seenBy")}</p>
        {credit.badges.length ? (
          <CreditBadges badges={credit.badges} />
        ) : (
          <p className="text-sm text-slate-500">{t("badges.none")}</p>
        )}
      </div>
      <div className="space-y-2">
        <CardTitle className="text-base">{t("factors.title")}</CardTitle>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="credit-factors">
            <thead className="text-xs text-slate-500">
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">
                  {t("factors.factor")}
                </th>
                <th scope="col" className="py-1 pr-3 font-medium">
                  {t("factors.basis")}
                </th>
                <th scope="col" className="hidden py-1 pr-3 text-right font-medium sm:table-cell">
                  {t("factors.weight")}
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  {t("factors.points")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {credit.factors.map((factor) => (
                <tr key={factor.factor} data-testid={`credit-factor-${factor.factor}`}>
                  <th scope="row" className="py-2 pr-3 font-medium text-slate-900">
                    {t(`factors.names.${factor.factor}`)}
                  </th>
                  <td className="py-2 pr-3 text-slate-600">
                    {factor.value === null
                      ? t("factors.notApplicable")
                      : t(`factors.basisOf.${factor.factor}`, factor.params)}
                  </td>
                  <td className="hidden py-2 pr-3 text-right text-slate-600 tabular-nums sm:table-cell">
                    {factor.weight}
                  </td>
                  <td className="py-2 text-right font-medium text-slate-900 tabular-nums">
                    {factor.value === null
                      ? "—"
                      : format.number(factor.points, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="text-xs text-slate-500">{t("factors.formula")}</p>
      </div>
    </Card>
  );
}
