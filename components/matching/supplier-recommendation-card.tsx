import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { findKnownCity } from "@/lib/geo/cities";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import type { FormState } from "@/lib/actions/form-state";
import type { SupplierRecommendation } from "@/lib/matching/types";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { MatchedProducts } from "./matched-products";
import { MatchStatusBadges } from "./match-status";
import { ProposalNotice } from "./proposal-notice";
import { ReactionButtons } from "./reaction-buttons";
import { ReasonList } from "./reason-list";
import { ScoreMeter } from "./score-meter";

type Props = {
  recommendation: SupplierRecommendation;
  rank: number;
  requirementId: string;
  sessionId: string | null;
  locale: AppLocale;
  reactAction: (state: FormState, formData: FormData) => Promise<FormState>;
};

/** One recommended supplier for a buyer's requirement: score, reasons, products, reactions. */
export async function SupplierRecommendationCard({
  recommendation,
  rank,
  requirementId,
  sessionId,
  locale,
  reactAction,
}: Props) {
  const t = await getTranslations("matching.buyerRequirement");
  const tMeetings = await getTranslations("meetings");
  const { supplier, reactions } = recommendation;
  const name = localized(supplier, "name", locale);
  const city = findKnownCity(supplier.city)?.name[locale] ?? supplier.city;
  const hidden = reactions.buyer === "NOT_RELEVANT";

  return (
    <li
      className={`rounded-lg border bg-white p-4 shadow-sm ${hidden ? "border-slate-200 opacity-75" : "border-slate-200"}`}
      data-testid="supplier-recommendation"
      aria-label={name}
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 space-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <h3 className="font-semibold break-words text-slate-900">
              <span className="mr-1.5 text-sm font-medium text-slate-500 tabular-nums">{rank}.</span>
              <Link
                href={sessionId ? `/suppliers/${supplier.id}?session=${sessionId}` : `/suppliers/${supplier.id}`}
                className="hover:underline"
              >
                {name}
              </Link>
            </h3>
            {supplier.verified ? <Badge tone="success">{t("verified")}</Badge> : null}
            <MatchStatusBadges reactions={reactions} viewer="BUYER" />
          </div>
          <p className="text-sm text-slate-600">{city}</p>
        </div>
        <ScoreMeter score={recommendation.score} />
      </div>
      {recommendation.proposal ? (
        <div className="mt-3">
          <ProposalNotice proposal={recommendation.proposal} />
        </div>
      ) : null}
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <ReasonList factors={recommendation.factors} />
        <MatchedProducts products={recommendation.products} sessionId={sessionId} locale={locale} />
      </div>
      <div className="mt-4 flex flex-wrap items-center justify-between gap-2 border-t border-slate-100 pt-3">
        <ReactionButtons
          requirementId={requirementId}
          supplierOrgId={supplier.id}
          current={reactions.buyer}
          name={name}
          action={reactAction}
        />
        <div className="flex flex-wrap items-center gap-3">
          <Link
            href={sessionId ? `/suppliers/${supplier.id}?session=${sessionId}` : `/suppliers/${supplier.id}`}
            className="text-sm text-brand-700 hover:underline"
          >
            {t("supplierProfile")}
          </Link>
          {sessionId ? (
            <Button asChild size="sm">
              <Link
                href={`/meetings/new?session=${sessionId}&with=${supplier.id}&requirement=${requirementId}`}
                data-testid="request-meeting-link"
              >
                {tMeetings("requestLink")}
              </Link>
            </Button>
          ) : null}
        </div>
      </div>
    </li>
  );
}
