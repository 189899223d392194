import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { loadConsoleSession } from "@/lib/fairs/load-console-session";
import { liveBoardHub } from "@/lib/live/board-hub";
import { requireOverseenLiveSession } from "@/lib/live/live-session";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatCalendarDay } from "@/lib/time/format-day";
import { zoneCityName } from "@/lib/time/zone-city";
import { Forbidden } from "@/components/account/forbidden";
import { SessionHeader } from "@/components/console/session-header";
import { LiveBoardView } from "@/components/live/live-board";

type Props = { params: Promise<{ locale: AppLocale; sessionId: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "console.live" });
  return { title: t("title") };
}

/**
 * A session's live board for the organizers of its fair: rendered from the board the
 * instance already keeps for the session (or computes now), then kept current in the
 * browser by the session's event stream (/api/live/sessions/[sessionId]/events).
 */
export default async function SessionLivePage({ params }: Props) {
  const { locale, sessionId } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, `/admin/sessions/${sessionId}/live`, "oversee:meeting:any");
  if (!actor) return <Forbidden />;
  const session = await loadConsoleSession(actor, sessionId);
  const meta = await requireOverseenLiveSession(actor, session.id);
  const board = await liveBoardHub().read(meta);
  const t = await getTranslations("console.live");
  const clocks = {
    locale,
    viewerZone: actor.timeZone,
    viewerCity: zoneCityName(actor.timeZone, locale),
    fairZone: meta.timeZone,
    fairCity: zoneCityName(meta.timeZone, locale),
  };

  return (
    <div className="space-y-6">
      <SessionHeader session={session} locale={locale} tab="live" />
      <div className="space-y-1">
        <p className="text-slate-700">{t("intro")}</p>
        <p className="text-sm text-slate-600">
          {clocks.viewerZone === clocks.fairZone
            ? t("zonesSame", { zone: clocks.fairCity })
            : t("zones", { mine: clocks.viewerCity, fair: clocks.fairCity })}{" "}
          {t("today", { day: formatCalendarDay(board.day, locale) })}
        </p>
      </div>
      <LiveBoardView initial={board} clocks={clocks} renderedAt={new Date().toISOString()} />
    </div>
  );
}
