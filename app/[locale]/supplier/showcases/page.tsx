import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { loadSupplierShowcases } from "@/lib/showcases/load-supplier-showcases";
import { SHOWCASE_MAX_MINUTES, SHOWCASE_MAX_PRODUCTS, SHOWCASE_MIN_MINUTES } from "@/lib/showcases/schemas";
import { zoneCityName } from "@/lib/time/zone-city";
import { Alert } from "@/components/ui/alert";
import { Card, CardTitle } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { ShowcaseForm } from "@/components/showcases/showcase-form";
import { SupplierShowcaseList } from "@/components/showcases/supplier-showcase-list";

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<{ done?: string }> };
const doneMessages = ["scheduled", "updated", "cancelled"] as const;

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "showcases.supplier" });
  return { title: t("title") };
}

/** A supplier's live showcases: schedule one for a session it is approved for, follow up on each. */
export default async function SupplierShowcasesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { done } = await searchParams;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, "/supplier/showcases", "manage:showcase:own");
  if (!actor) return <Forbidden />;
  const t = await getTranslations("showcases.supplier");
  const now = new Date();
  const data = await loadSupplierShowcases(actor, now);
  const doneMessage = doneMessages.find((key) => key === done);
  const approved = actor.organization?.status === "APPROVED";

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-slate-600">{t("intro")}</p>
      </header>
      {doneMessage ? (
        <Alert tone="success" role="status" data-testid="showcases-done">
          {t(`done.${doneMessage}`)}
        </Alert>
      ) : null}

      <Card className="space-y-4" aria-labelledby="schedule-heading">
        <CardTitle id="schedule-heading">{t("scheduleTitle")}</CardTitle>
        {!approved || data.sessions.length === 0 ? (
          <p className="text-sm text-slate-600" data-testid="showcase-no-sessions">
            {t("noSessions")}
          </p>
        ) : (
          <ShowcaseForm
            sessions={data.sessions.map((session) => ({
              id: session.id,
              label: `${localized(session.fair, "name", locale)} · ${localized(session, "title", locale)}`,
              zone: zoneCityName(session.fair.timeZone, locale),
            }))}
            products={data.products.map((product) => ({ id: product.id, label: localized(product, "name", locale) }))}
            limits={{ min: SHOWCASE_MIN_MINUTES, max: SHOWCASE_MAX_MINUTES, products: SHOWCASE_MAX_PRODUCTS }}
          />
        )}
      </Card>

      <section className="space-y-3" aria-labelledby="list-heading">
        <h2 id="list-heading" className="text-lg font-semibold">
          {t("listTitle")}
        </h2>
        {data.showcases.length === 0 ? (
          <p className="text-sm text-slate-600">{t("empty")}</p>
        ) : (
          <SupplierShowcaseList showcases={data.showcases} locale={locale} viewerZone={actor.timeZone} now={now} />
        )}
      </section>
    </div>
  );
}
