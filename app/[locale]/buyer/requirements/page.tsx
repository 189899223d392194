import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import type { AppLocale } from "@/lib/i18n/routing";
import { listOwnRequirements } from "@/lib/requirements/list-own-requirements";
import { Alert } from "@/components/ui/alert";
import { Forbidden } from "@/components/account/forbidden";
import { OwnListPage } from "@/components/layout/own-list-page";
import { BuyerNav } from "@/components/buyer/buyer-nav";
import { RequirementList } from "@/components/buyer/requirement-list";
import { CarryOverButton } from "@/components/buyer/carry-over-button";
import { isSessionOver, toLifecycleInput } from "@/lib/fairs/lifecycle";

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "buyer.requirements" });
  return { title: t("title") };
}

export default async function RequirementsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { done } = await searchParams;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, "/buyer/requirements", "manage:requirement:own");
  if (!actor) return <Forbidden />;
  const t = await getTranslations("buyer");
  const requirements = await listOwnRequirements(actor);
  const approved = actor.organization?.status === "APPROVED";
  const now = new Date();
  const endedIds = requirements
    .filter((r) => r.status === "OPEN" && r.session && isSessionOver(toLifecycleInput(r.session), now))
    .map((r) => r.id);

  return (
    <OwnListPage
      title={t("requirements.title")}
      intro={t("requirements.intro")}
      add={approved ? { href: "/buyer/requirements/new", label: t("requirements.post") } : null}
      notApprovedNotice={approved ? undefined : t("notApproved")}
      nav={<BuyerNav current="requirements" />}
      notices={
        <>
          {done === "created" || done === "saved" || done === "carried" ? (
            <Alert tone="success" role="status">
              {t(`requirements.done.${done}`)}
            </Alert>
          ) : null}
          {approved && endedIds.length > 0 ? (
            <Alert tone="warning" role="status" className="flex flex-wrap items-center justify-between gap-3">
              <span>{t("requirements.endedNotice", { count: endedIds.length })}</span>
              {endedIds.length > 1 ? (
                <CarryOverButton
                  requirementIds={endedIds}
                  label={t("requirements.carryOverAll", { count: endedIds.length })}
                />
              ) : null}
            </Alert>
          ) : null}
        </>
      }
      empty={requirements.length === 0 ? { text: t("requirements.empty") } : null}
    >
      <section aria-labelledby="requirements-heading" className="space-y-3">
        <h2 id="requirements-heading" className="text-lg font-semibold">
          {t("requirements.listLabel", { count: requirements.length })}
        </h2>
        <RequirementList requirements={requirements} locale={locale} timeZone={actor.timeZone} canManage={approved} />
      </section>
    </OwnListPage>
  );
}
