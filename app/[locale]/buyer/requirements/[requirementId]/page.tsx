import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { listOwnProposals } from "@/lib/matching/list-proposals";
import { recommendSuppliers } from "@/lib/matching/recommend-suppliers";
import { getOwnRequirement } from "@/lib/requirements/list-own-requirements";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { BuyerNav } from "@/components/buyer/buyer-nav";
import { RequirementList } from "@/components/buyer/requirement-list";
import { ProposalList } from "@/components/matching/proposal-list";
import { SupplierRecommendationCard } from "@/components/matching/supplier-recommendation-card";
import { CarryOverButton } from "@/components/buyer/carry-over-button";
import { sessionTitleWithEdition } from "@/lib/fairs/session-title";
import { reactToSupplierAction } from "../actions";

type Props = {
  params: Promise<{ locale: AppLocale; requirementId: string }>;
  searchParams: Promise<{ done?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "matching.buyerRequirement" });
  return { title: t("recommended") };
}

/** One of the buyer's requirements with the suppliers recommended for it, best first. */
export default async function RequirementPage({ params, searchParams }: Props) {
  const { locale, requirementId } = await params;
  const { done } = await searchParams;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, `/buyer/requirements/${requirementId}`, "manage:requirement:own");
  if (!actor) return <Forbidden />;
  // Another buyer's requirement is "not found", exactly like a missing one.
  const requirement = await getOwnRequirement(actor, requirementId);
  if (!requirement) notFound();
  const t = await getTranslations("matching.buyerRequirement");
  const tBuyer = await getTranslations("buyer.requirements");
  const approved = actor.organization?.status === "APPROVED";
  const open = requirement.status === "OPEN";
  const matched = approved && open ? await recommendSuppliers(actor, requirement.id, { limit: 20 }) : null;
  const recommendations = matched?.recommendations ?? [];
  const session = matched?.session ?? null;
  const listed = new Set(recommendations.map((r) => r.supplier.id));
  const otherProposals = approved
    ? (await listOwnProposals(actor, { requirementId: requirement.id })).filter((p) => !listed.has(p.supplierOrg.id))
    : [];

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <Link href="/buyer/requirements" className="text-sm text-brand-700 hover:underline">
          ← {t("back")}
        </Link>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
      </header>
      <BuyerNav current="requirements" />
      {done === "carried" ? (
        <Alert tone="success" role="status">
          {tBuyer("done.carried")}
        </Alert>
      ) : null}
      <RequirementList
        requirements={[requirement]}
        locale={locale}
        timeZone={actor.timeZone}
        canManage={approved}
        linkToMatches={false}
      />
      {otherProposals.length > 0 ? (
        <section aria-labelledby="proposals-heading" className="space-y-3">
          <h2 id="proposals-heading" className="text-lg font-semibold">
            {t("proposals")}
          </h2>
          <ProposalList proposals={otherProposals} viewer="BUYER" locale={locale} />
        </section>
      ) : null}
      <section aria-labelledby="recommended-heading" className="space-y-3">
        <div className="space-y-1">
          <h2 id="recommended-heading" className="text-lg font-semibold">
            {t("recommended")}
            {recommendations.length > 0 ? (
              <span className="ml-2 text-sm font-normal text-slate-500">
                {t("count", { count: recommendations.length })}
              </span>
            ) : null}
          </h2>
          {session ? (
            <p className="text-sm text-slate-600">
              {t("session", { title: sessionTitleWithEdition(session, locale) })}
            </p>
          ) : null}
          {recommendations.length > 0 ? <p className="text-sm text-slate-600">{t("recommendedIntro")}</p> : null}
        </div>
        {!approved ? (
          <Alert tone="warning" role="status">
            {t("notApproved")}
          </Alert>
        ) : !open ? (
          <Card>
            <p className="text-slate-600">{t("closed")}</p>
          </Card>
        ) : matched?.sessionOver ? (
          <Card className="space-y-3" data-testid="requirement-session-ended">
            <p className="text-slate-700">{tBuyer("sessionEnded")}</p>
            <CarryOverButton requirementIds={[requirement.id]} label={tBuyer("carryOver")} />
          </Card>
        ) : !session ? (
          <Card>
            <p className="text-slate-600">{t("noSession")}</p>
          </Card>
        ) : recommendations.length === 0 ? (
          <Card>
            <p className="text-slate-600">{t("empty")}</p>
          </Card>
        ) : (
          <ol className="space-y-4" data-testid="supplier-recommendations">
            {recommendations.map((recommendation, index) => (
              <SupplierRecommendationCard
                key={recommendation.supplier.id}
                recommendation={recommendation}
                rank={index + 1}
                requirementId={requirement.id}
                sessionId={session.id}
                locale={locale}
                reactAction={reactToSupplierAction}
              />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
