import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { sessionTitleWithEdition } from "@/lib/fairs/session-title";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import type { ScheduleDay } from "@/lib/meetings/list-my-schedule";
import { formatCalendarDay } from "@/lib/time/format-day";
import { zonedPair } from "@/lib/time/zone-pair";
import { Card } from "@/components/ui/card";
import { counterpartZone } from "./meeting-time";

type Props = { schedule: ScheduleDay[]; actor: Actor; locale: AppLocale };
type ScheduledMeeting = ScheduleDay["meetings"][number];

/** "My schedule": the actor's meetings day by day, each linking to its page. */
export async function MySchedule({ schedule, actor, locale }: Props) {
  const t = await getTranslations("meetings");
  return (
    <section aria-labelledby="schedule-heading" className="space-y-3">
      <h2 id="schedule-heading" className="text-lg font-semibold">
        {t("schedule.title")}
      </h2>
      {schedule.length === 0 ? (
        <Card>
          <p className="text-slate-600">{t("schedule.empty")}</p>
        </Card>
      ) : (
        <ol className="space-y-4" data-testid="schedule">
          {schedule.map((day) => (
            <li key={day.day} className="space-y-2">
              <h3 className="text-sm font-semibold text-slate-700">{formatCalendarDay(day.day, locale)}</h3>
              <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
                {day.meetings.map((meeting) => (
                  <ScheduleLine key={meeting.id} meeting={meeting} actor={actor} locale={locale} />
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

async function ScheduleLine({
  meeting,
  actor,
  locale,
}: {
  meeting: ScheduledMeeting;
  actor: Actor;
  locale: AppLocale;
}) {
  const t = await getTranslations("meetings");
  const zone = counterpartZone(actor, meeting.supplierOrg, meeting.buyerOrg);
  return (
    <li data-testid="schedule-meeting">
      <Link
        href={`/meetings/${meeting.id}`}
        className="flex flex-col gap-1 px-4 py-3 hover:bg-slate-50 sm:flex-row sm:items-center sm:gap-4"
      >
        <span className="font-medium text-slate-900 tabular-nums">
          {zonedPair(meeting.startsAt, meeting.endsAt, locale, actor.timeZone, zone).label}
        </span>
        <span className="text-slate-700">{counterpartNames(meeting, locale)}</span>
        <span className="text-xs text-slate-500 sm:ml-auto">
          {meeting.interpreter
            ? t("interpreterName", { name: meeting.interpreter.name })
            : sessionTitleWithEdition(meeting.session, locale)}
        </span>
      </Link>
    </li>
  );
}

/** The other side for a party; both sides for the interpreter. */
function counterpartNames(meeting: ScheduledMeeting, locale: AppLocale): string {
  if (meeting.viewerRole === "supplier") return localized(meeting.buyerOrg, "name", locale);
  if (meeting.viewerRole === "buyer") return localized(meeting.supplierOrg, "name", locale);
  return `${localized(meeting.supplierOrg, "name", locale)} · ${localized(meeting.buyerOrg, "name", locale)}`;
}
