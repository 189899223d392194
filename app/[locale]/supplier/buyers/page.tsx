import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { isSessionOver, toLifecycleInput } from "@/lib/fairs/lifecycle";
import { sessionTitleWithEdition } from "@/lib/fairs/session-title";
import type { AppLocale } from "@/lib/i18n/routing";
import { listOwnProposals } from "@/lib/matching/list-proposals";
import { recommendBuyers } from "@/lib/matching/recommend-buyers";
import { listSessionsWithOwnRegistration } from "@/lib/fairs/list-registrations-of-organization";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Select } from "@/components/ui/field";
import { Forbidden } from "@/components/account/forbidden";
import { BuyerRecommendationCard } from "@/components/matching/buyer-recommendation-card";
import { ProposalList } from "@/components/matching/proposal-list";
import { reactToBuyerAction } from "./actions";

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<{ session?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "matching.supplierBuyers" });
  return { title: t("title") };
}

/** "Buyers looking for what you make": requirements recommended to the supplier, best first. */
export default async function SupplierBuyersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { session: sessionParam } = await searchParams;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, "/supplier/buyers", "read:buyerRecommendation:own");
  if (!actor) return <Forbidden />;
  const t = await getTranslations("matching.supplierBuyers");
  const approved = actor.organization?.status === "APPROVED";
  const now = new Date();
  // Buyers are recommended from sessions still ahead or live only (recommendBuyers).
  const sessions = approved
    ? (await listSessionsWithOwnRegistration(actor)).filter(
        (s) => s.registrationStatus === "APPROVED" && !isSessionOver(toLifecycleInput(s), now),
      )
    : [];
  const sessionId = sessions.find((s) => s.id === sessionParam)?.id;
  const [recommendations, proposals] = approved
    ? await Promise.all([recommendBuyers(actor, { sessionId, limit: 30, now }), listOwnProposals(actor)])
    : [[], []];
  const listed = new Set(recommendations.map((r) => r.requirement.id));
  const otherProposals = proposals.filter(
    (p) => !listed.has(p.requirement.id) && (!sessionId || p.session.id === sessionId),
  );

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-slate-600">{t("intro")}</p>
      </header>
      {!approved ? (
        <Alert tone="warning" role="status">
          {t("notApproved")}
        </Alert>
      ) : null}
      {sessions.length > 1 ? (
        <form method="get" className="flex flex-wrap items-end gap-2" aria-label={t("sessionFilter")}>
          <div className="space-y-1">
            <label htmlFor="session" className="block text-sm font-medium text-slate-800">
              {t("sessionFilter")}
            </label>
            <Select id="session" name="session" defaultValue={sessionId ?? ""} className="w-auto max-w-full">
              <option value="">{t("allSessions")}</option>
              {sessions.map((session) => (
                <option key={session.id} value={session.id}>
                  {sessionTitleWithEdition(session, locale)}
                </option>
              ))}
            </Select>
          </div>
          <Button type="submit" variant="secondary">
            {t("show")}
          </Button>
        </form>
      ) : null}
      {otherProposals.length > 0 ? (
        <section aria-labelledby="proposals-heading" className="space-y-3">
          <h2 id="proposals-heading" className="text-lg font-semibold">
            {t("proposals")}
          </h2>
          <ProposalList proposals={otherProposals} viewer="SUPPLIER" locale={locale} />
        </section>
      ) : null}
      {approved ? (
        recommendations.length === 0 ? (
          <Card>
            <p className="text-slate-600">{t("empty")}</p>
          </Card>
        ) : (
          <section aria-labelledby="buyers-heading" className="space-y-3">
            <h2 id="buyers-heading" className="sr-only">
              {t("count", { count: recommendations.length })}
            </h2>
            <ol className="space-y-4" data-testid="buyer-recommendations">
              {recommendations.map((recommendation) => (
                <BuyerRecommendationCard
                  key={recommendation.requirement.id}
                  recommendation={recommendation}
                  supplierOrgId={actor.organizationId!}
                  locale={locale}
                  timeZone={actor.timeZone}
                  reactAction={reactToBuyerAction}
                />
              ))}
            </ol>
          </section>
        )
      ) : null}
    </div>
  );
}
