import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { loadParticipantReport } from "@/lib/results/load-participant-report";
import { notFoundIfMissing } from "@/lib/scheduling/overseen-session-page";
import { formatDateRange } from "@/lib/time/format";
import { Forbidden } from "@/components/account/forbidden";
import { PageHeader } from "@/components/layout/page-header";
import { ParticipantReportView } from "@/components/results/participant-report-view";

type Props = { params: Promise<{ locale: AppLocale; fairId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "results.participant" });
  return { title: t("title") };
}

/** "My fair": a supplier's or buyer's own meetings, outcomes and follow-ups at one fair. */
export default async function MyFairPage({ params }: Props) {
  const { locale, fairId } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, `/my-fairs/${fairId}`, "read:report:own");
  if (!actor) return <Forbidden />;
  const report = await loadParticipantReport(actor, fairId).catch(notFoundIfMissing);
  const t = await getTranslations("results.participant");
  return (
    <div className="space-y-6" data-testid="my-fair">
      <Link href="/my-fairs" className="text-sm text-brand-700 hover:underline">
        ← {t("back")}
      </Link>
      <PageHeader
        title={localized(report.fair, "name", locale)}
        intro={`${formatDateRange(report.fair.startDate, report.fair.endDate, locale)} · ${t("intro")}`}
      />
      <ParticipantReportView report={report} locale={locale} viewerZone={actor.timeZone} />
    </div>
  );
}
