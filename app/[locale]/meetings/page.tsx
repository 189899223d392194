import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { loadMeetingsOverview, type RequestSummary } from "@/lib/meetings/load-meetings-overview";
import { zoneCityName } from "@/lib/time/zone-city";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { MySchedule } from "@/components/meetings/my-schedule";
import { RequestList } from "@/components/meetings/request-list";

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<{ done?: string }> };

const doneKeys = ["requested", "declined", "withdrawn"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meetings" });
  return { title: t("title") };
}

/** "My schedule" day by day, then the requests received and sent. */
export default async function MeetingsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { done } = await searchParams;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, "/meetings", "attend:meeting:own");
  if (!actor) return <Forbidden />;
  const t = await getTranslations("meetings");
  const approved = actor.organization?.status === "APPROVED";
  const party = can(actor, "request:meeting:own");
  if (party && !approved) {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Alert tone="warning" role="status">
          {t("notApproved")}
        </Alert>
      </div>
    );
  }
  const { schedule, incoming, outgoing, acceptable } = await loadMeetingsOverview(actor);
  const requestSection = (
    direction: "incoming" | "outgoing",
    requests: RequestSummary[],
    title: string,
    empty: string,
  ) => (
    <section aria-labelledby={`${direction}-heading`} className="space-y-3">
      <h2 id={`${direction}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      {requests.length === 0 ? (
        <Card>
          <p className="text-slate-600">{empty}</p>
        </Card>
      ) : (
        <RequestList requests={requests} direction={direction} acceptable={acceptable} actor={actor} locale={locale} />
      )}
    </section>
  );

  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-slate-600">{t("intro", { zone: zoneCityName(actor.timeZone, locale) })}</p>
        {party ? (
          <Link href="/meetings/availability" className="inline-block text-sm text-brand-700 hover:underline">
            {(await getTranslations("availability"))("link")} →
          </Link>
        ) : null}
      </header>
      {done && (doneKeys as readonly string[]).includes(done) ? (
        <Alert tone="success" role="status">
          {t(`done.${done as (typeof doneKeys)[number]}`)}
        </Alert>
      ) : null}

      <MySchedule schedule={schedule} actor={actor} locale={locale} />

      {party ? (
        <>
          {requestSection("incoming", incoming, t("requests.incoming"), t("requests.emptyIncoming"))}
          {requestSection("outgoing", outgoing, t("requests.outgoing"), t("requests.emptyOutgoing"))}
        </>
      ) : null}
    </div>
  );
}
