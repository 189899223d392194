import { getTranslations } from "next-intl/server";
import { findKnownCity } from "@/lib/geo/cities";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { messageOr } from "@/lib/i18n/message-keys";
import { sessionTitleWithEdition } from "@/lib/fairs/session-title";
import type { AppLocale } from "@/lib/i18n/routing";
import type { FormState } from "@/lib/actions/form-state";
import type { BuyerRecommendation } from "@/lib/matching/types";
import { formatDate } from "@/lib/time/format";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { MatchedProducts } from "./matched-products";
import { MatchStatusBadges } from "./match-status";
import { ProposalNotice } from "./proposal-notice";
import { ReactionButtons } from "./reaction-buttons";
import { ReasonList } from "./reason-list";
import { ScoreMeter } from "./score-meter";

type Props = {
  recommendation: BuyerRecommendation;
  supplierOrgId: string;
  locale: AppLocale;
  timeZone: string;
  reactAction: (state: FormState, formData: FormData) => Promise<FormState>;
};

/** One buyer requirement recommended to the supplier. Never a target price: the engine redacts it. */
export async function BuyerRecommendationCard({ recommendation, supplierOrgId, locale, reactAction }: Props) {
  const t = await getTranslations("matching.supplierBuyers");
  const tBuyer = await getTranslations("buyer");
  const tMeetings = await getTranslations("meetings");
  const { requirement, buyer, reactions } = recommendation;
  const text = localized(requirement, "text", locale);
  const title = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  const buyerName = localized(buyer, "name", locale);
  const city = findKnownCity(buyer.city)?.name[locale] ?? buyer.city;
  const unitKey = `unitCounts.${requirement.unit}`;
  const facts = [
    {
      label: t("quantity"),
      value: messageOr(tBuyer, unitKey, `${requirement.quantity} ${requirement.unit}`, {
        count: requirement.quantity,
      }),
    },
    {
      label: t("certifications"),
      value: requirement.requiredCertifications.length
        ? requirement.requiredCertifications.join(", ")
        : t("noneRequired"),
    },
    requirement.incoterm ? { label: t("incoterm"), value: requirement.incoterm } : null,
    requirement.destinationCity ? { label: t("destination"), value: requirement.destinationCity } : null,
    requirement.neededBy ? { label: t("neededBy"), value: formatDate(requirement.neededBy, locale, "UTC") } : null,
  ].filter((fact) => fact !== null);
  const hidden = reactions.supplier === "NOT_RELEVANT";

  return (
    <li
      className={`rounded-lg border border-slate-200 bg-white p-4 shadow-sm ${hidden ? "opacity-75" : ""}`}
      data-testid="buyer-recommendation"
      aria-label={`${buyerName}: ${title}`}
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 space-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone="info">{localized(requirement.category, "name", locale)}</Badge>
            <span className="text-xs text-slate-500">{sessionTitleWithEdition(recommendation.session, locale)}</span>
            <MatchStatusBadges reactions={reactions} viewer="SUPPLIER" />
          </div>
          <h3 className="font-semibold break-words text-slate-900">{buyerName}</h3>
          <p className="text-sm text-slate-600">{city}</p>
        </div>
        <ScoreMeter score={recommendation.score} />
      </div>
      <p className="mt-2 break-words whitespace-pre-line text-slate-900">{text}</p>
      <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-3">
        {facts.map((fact) => (
          <div key={fact.label} className="min-w-0">
            <dt className="text-xs text-slate-500">{fact.label}</dt>
            <dd className="break-words text-slate-800">{fact.value}</dd>
          </div>
        ))}
      </dl>
      {recommendation.proposal ? (
        <div className="mt-3">
          <ProposalNotice proposal={recommendation.proposal} />
        </div>
      ) : null}
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <ReasonList factors={recommendation.factors} />
        <MatchedProducts products={recommendation.products} sessionId={recommendation.session.id} locale={locale} own />
      </div>
      <div className="mt-4 flex flex-wrap items-center justify-between gap-2 border-t border-slate-100 pt-3">
        <ReactionButtons
          requirementId={requirement.id}
          supplierOrgId={supplierOrgId}
          current={reactions.supplier}
          name={`${buyerName}: ${title}`}
          action={reactAction}
        />
        <Button asChild size="sm">
          <Link
            href={`/meetings/new?session=${recommendation.session.id}&with=${buyer.id}&requirement=${requirement.id}`}
            data-testid="request-meeting-link"
          >
            {tMeetings("requestLink")}
          </Link>
        </Button>
      </div>
    </li>
  );
}
