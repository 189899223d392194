import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Actor } from "@/lib/auth/actor";
import { localized } from "@/lib/i18n/localized";
import { sessionTitleWithEdition } from "@/lib/fairs/session-title";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatCalendarDay } from "@/lib/time/format-day";
import { zonedPair } from "@/lib/time/zone-pair";
import { listUpcomingMeetings } from "@/lib/users/list-upcoming-meetings";
import { Card, CardTitle } from "@/components/ui/card";
import { counterpartZone } from "@/components/meetings/meeting-time";

/** The next meetings on the actor's schedule (an interpreter's: the ones assigned to them), with a link to all. */
export async function UpcomingMeetings({ actor, locale }: { actor: Actor; locale: AppLocale }) {
  const t = await getTranslations("account");
  const days = await listUpcomingMeetings(actor);

  return (
    <Card className="space-y-3" aria-labelledby="upcoming-heading" data-testid="upcoming-meetings">
      <CardTitle id="upcoming-heading">{t("dashboard.upcomingHeading")}</CardTitle>
      {days.length === 0 ? <p className="text-sm text-slate-500">{t("dashboard.noUpcoming")}</p> : null}
      {days.map((day) => (
        <div key={day.day} className="space-y-1">
          <h3 className="text-sm font-semibold text-slate-700">{formatCalendarDay(day.day, locale)}</h3>
          <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
            {day.meetings.map((meeting) => {
              const zone = counterpartZone(actor, meeting.supplierOrg, meeting.buyerOrg);
              const time = zonedPair(meeting.startsAt, meeting.endsAt, locale, actor.timeZone, zone).label;
              return (
                <li key={meeting.id} data-testid="upcoming-meeting">
                  <Link
                    href={`/meetings/${meeting.id}`}
                    className="flex flex-col gap-1 px-3 py-2 hover:bg-slate-50 sm:flex-row sm:items-center sm:gap-4"
                  >
                    <span className="font-medium text-slate-900 tabular-nums">{time}</span>
                    <span className="break-words text-slate-700">
                      {localized(meeting.supplierOrg, "name", locale)} · {localized(meeting.buyerOrg, "name", locale)}
                    </span>
                    <span className="text-xs text-slate-500 sm:ml-auto">
                      {sessionTitleWithEdition(meeting.session, locale)}
                    </span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      <Link href="/meetings" className="inline-block text-sm font-medium text-brand-700 hover:underline">
        {t("dashboard.allMeetings")}
      </Link>
    </Card>
  );
}
