import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { listOwnRequirements } from "@/lib/requirements/list-own-requirements";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { BuyerNav } from "@/components/buyer/buyer-nav";
import { RequirementList } from "@/components/buyer/requirement-list";

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
  const actor = await requirePageActor(locale, "/buyer/requirements", ["BUYER"]);
  if (!actor) return <Forbidden />;
  const t = await getTranslations("buyer");
  const requirements = await listOwnRequirements(actor);
  const approved = actor.organization?.status === "APPROVED";

  return (
    <div className="space-y-6">
      <header className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold">{t("requirements.title")}</h1>
          <p className="max-w-3xl text-slate-600">{t("requirements.intro")}</p>
        </div>
        {approved ? (
          <Button asChild className="self-start sm:self-auto">
            <Link href="/buyer/requirements/new">{t("requirements.post")}</Link>
          </Button>
        ) : null}
      </header>
      <BuyerNav current="requirements" />
      {done === "created" || done === "saved" ? (
        <Alert tone="success" role="status">
          {t(`requirements.done.${done}`)}
        </Alert>
      ) : null}
      {!approved ? (
        <Alert tone="warning" role="status">
          {t("notApproved")}
        </Alert>
      ) : null}
      {requirements.length === 0 ? (
        <Card className="space-y-3 text-center">
          <p className="text-slate-600">{t("requirements.empty")}</p>
          {approved ? (
            <Button asChild variant="secondary">
              <Link href="/buyer/requirements/new">{t("requirements.post")}</Link>
            </Button>
          ) : null}
        </Card>
      ) : (
        <section aria-labelledby="requirements-heading" className="space-y-3">
          <h2 id="requirements-heading" className="text-lg font-semibold">
            {t("requirements.listLabel", { count: requirements.length })}
          </h2>
          <RequirementList requirements={requirements} locale={locale} timeZone={actor.timeZone} canManage={approved} />
        </section>
      )}
    </div>
  );
}
