import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { requirePageActor } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { getNowView } from "@/lib/live/get-now-view";
import { formatDateTime } from "@/lib/time/format";
import { Alert } from "@/components/ui/alert";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/layout/page-header";
import { LiveSessionsNow } from "@/components/live/live-sessions-now";
import { NowLive } from "@/components/live/now-live";
import { NowMeetingCard } from "@/components/live/now-meeting-card";
import { LiveShowcasesNow } from "@/components/showcases/live-showcases-now";

type Props = { params: Promise<{ locale: AppLocale }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meetings.now" });
  return { title: t("title") };
}

/**
 * "Now", during the fair: a supplier's, buyer's or interpreter's meeting in progress and
 * next ones with their rooms; an organizer's sessions that are live, each with its board.
 */
export default async function NowPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, "/now");
  const t = await getTranslations("meetings.now");
  if (can(actor, "oversee:meeting:any")) {
    return (
      <div className="mx-auto max-w-4xl space-y-6">
        <PageHeader title={t("title")} intro={t("organizer.intro")} />
        <LiveShowcasesNow actor={actor} locale={locale} />
        <LiveSessionsNow actor={actor} locale={locale} />
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      <LiveShowcasesNow actor={actor} locale={locale} />
      <ParticipantNow actor={actor} locale={locale} />
    </div>
  );
}

async function ParticipantNow({ actor, locale }: { actor: Actor; locale: AppLocale }) {
  const t = await getTranslations("meetings.now");
  const now = new Date();
  const view = await getNowView(actor, { now }).catch((error) => {
    if (error instanceof AppError && error.code === "FORBIDDEN") return null;
    throw error;
  });
  if (!view) {
    return (
      <Alert tone="warning" role="status">
        {t("notApproved")}
      </Alert>
    );
  }
  const nothing = !view.current && view.next.length === 0;
  return (
    <div className="space-y-6">
      <NowLive nextChangeAt={view.nextChangeAt?.toISOString() ?? null} />
      {nothing ? (
        <Card className="space-y-3" data-testid="now-empty">
          <CardTitle>{t("emptyTitle")}</CardTitle>
          <p className="text-slate-600">{t("emptyText")}</p>
          {view.later ? (
            <p>
              <Link href={`/meetings/${view.later.id}`} className="font-medium text-brand-700 hover:underline">
                {t("later", { time: formatDateTime(view.later.startsAt, locale, actor.timeZone) })}
              </Link>
            </p>
          ) : null}
          <p>
            <Link href="/meetings" className="text-sm font-medium text-brand-700 hover:underline">
              {t("allMeetings")}
            </Link>
          </p>
        </Card>
      ) : null}
      {view.current ? (
        <section aria-labelledby="now-current" className="space-y-3">
          <h2 id="now-current" className="text-lg font-semibold">
            {t("current")}
          </h2>
          <NowMeetingCard meeting={view.current} actor={actor} locale={locale} now={now} current />
        </section>
      ) : null}
      {view.next.length > 0 ? (
        <section aria-labelledby="now-next" className="space-y-3">
          <h2 id="now-next" className="text-lg font-semibold">
            {t("next")}
          </h2>
          {view.next.map((meeting) => (
            <NowMeetingCard
              key={meeting.id}
              meeting={meeting}
              actor={actor}
              locale={locale}
              now={now}
              current={false}
            />
          ))}
        </section>
      ) : null}
      {!nothing ? (
        <Link href="/meetings" className="inline-block text-sm font-medium text-brand-700 hover:underline">
          {t("allMeetings")}
        </Link>
      ) : null}
    </div>
  );
}
