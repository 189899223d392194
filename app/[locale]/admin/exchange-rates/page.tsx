import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import type { AppLocale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { listHostedFairRates } from "@/lib/catalogue/list-exchange-rates";
import { formatRate } from "@/lib/catalogue/money";
import { formatDateTime } from "@/lib/time/format";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { ExchangeRatesForm } from "@/components/catalogue/exchange-rates-form";
import { PageHeader } from "@/components/layout/page-header";

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "catalogue.rates" });
  return { title: t("metaTitle") };
}

/** Organizers of the host organization set each fair's exchange rates. */
export default async function ExchangeRatesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, "/admin/exchange-rates", "manage:fair:any");
  if (!actor) return <Forbidden />;
  const t = await getTranslations("catalogue.rates");
  const fairs = await listHostedFairRates(actor);

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      {fairs.length === 0 ? <p className="text-slate-600">{t("noFairs")}</p> : null}
      {fairs.map((fair) => {
        const current = Object.fromEntries(fair.exchangeRates.map((r) => [r.currency, formatRate(r.perUsdCentMicros)]));
        const updatedAt = fair.exchangeRates.reduce<Date | null>(
          (latest, r) => (!latest || r.updatedAt > latest ? r.updatedAt : latest),
          null,
        );
        const headingId = `fair-${fair.id}-heading`;
        return (
          <Card key={fair.id} className="space-y-4" aria-labelledby={headingId}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <CardTitle id={headingId} className="break-words">
                {localized(fair, "name", locale)}
              </CardTitle>
              <Badge tone={fair.status === "PUBLISHED" ? "success" : "neutral"}>{t(`status${fair.status}`)}</Badge>
            </div>
            {updatedAt ? (
              <p className="text-xs text-slate-500">
                {t("updated", { date: formatDateTime(updatedAt, locale, actor.timeZone) })} ({actor.timeZone})
              </p>
            ) : null}
            <ExchangeRatesForm fairId={fair.id} current={current} />
          </Card>
        );
      })}
    </div>
  );
}
