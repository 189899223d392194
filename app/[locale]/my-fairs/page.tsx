import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import type { AppLocale } from "@/lib/i18n/routing";
import { listParticipantFairs } from "@/lib/results/load-participant-report";
import { Forbidden } from "@/components/account/forbidden";
import { PageHeader } from "@/components/layout/page-header";
import { FairReportList } from "@/components/results/fair-list";

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "results.participant" });
  return { title: t("indexTitle") };
}

/** A supplier's or buyer's fairs, each opening "my fair". */
export default async function MyFairsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, "/my-fairs", "read:report:own");
  if (!actor) return <Forbidden />;
  const t = await getTranslations("results");
  const fairs = await listParticipantFairs(actor);
  return (
    <div className="space-y-6">
      <PageHeader title={t("participant.indexTitle")} intro={t("participant.indexIntro")} />
      <FairReportList
        fairs={fairs}
        hrefOf={(id) => `/my-fairs/${id}`}
        openLabel={t("index.open")}
        empty={t("participant.empty")}
        locale={locale}
      />
    </div>
  );
}
