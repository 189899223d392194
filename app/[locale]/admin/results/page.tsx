import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import type { AppLocale } from "@/lib/i18n/routing";
import { listReportFairs } from "@/lib/results/list-report-fairs";
import { Forbidden } from "@/components/account/forbidden";
import { ConsoleHeader } from "@/components/console/console-header";
import { FairReportList } from "@/components/results/fair-list";

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "results.index" });
  return { title: t("title") };
}

/** The fairs the organizer's organization hosts, each opening its results. */
export default async function ResultsIndexPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, "/admin/results", "read:report:any");
  if (!actor) return <Forbidden />;
  const t = await getTranslations("results.index");
  const fairs = await listReportFairs(actor);
  return (
    <div className="space-y-6">
      <ConsoleHeader title={t("title")} intro={t("intro")} />
      <FairReportList
        fairs={fairs}
        hrefOf={(id) => `/admin/fairs/${id}/report`}
        openLabel={t("open")}
        empty={t("empty")}
        locale={locale}
      />
    </div>
  );
}
