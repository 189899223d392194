import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { listLiveSessions } from "@/lib/live/list-live-sessions";
import { formatDateRange } from "@/lib/time/format";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

/** An organizer's "Now": the sessions their organization hosts that are live, each with its live board. */
export async function LiveSessionsNow({ actor, locale }: { actor: Actor; locale: AppLocale }) {
  const t = await getTranslations("meetings.now.organizer");
  const sessions = await listLiveSessions(actor, { now: new Date() });
  if (sessions.length === 0) {
    return (
      <Card data-testid="now-empty">
        <p className="text-slate-600">{t("empty")}</p>
      </Card>
    );
  }
  return (
    <ul className="space-y-3">
      {sessions.map((session) => {
        const title = localized(session, "title", locale);
        return (
          <li key={session.id}>
            <Card className="flex flex-wrap items-center justify-between gap-3" data-testid="now-live-session">
              <div className="space-y-1">
                <h2 className="text-lg font-semibold break-words">{title}</h2>
                <p className="text-sm text-slate-600">
                  {localized(session.fair, "name", locale)} ·{" "}
                  {formatDateRange(session.startDate, session.endDate, locale)}
                </p>
              </div>
              <Button asChild>
                <Link href={`/admin/sessions/${session.id}/live`} aria-label={t("openBoardLabel", { session: title })}>
                  {t("openBoard")}
                </Link>
              </Button>
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
