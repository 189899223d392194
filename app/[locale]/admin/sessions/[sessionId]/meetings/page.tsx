import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { listSessionMeetings } from "@/lib/meetings/list-session-meetings";
import { loadOverseenSessionPage, notFoundIfMissing } from "@/lib/scheduling/overseen-session-page";
import { formatDateRange, localDay } from "@/lib/time/format";
import { formatCalendarDay } from "@/lib/time/format-day";
import { zoneCityName } from "@/lib/time/zone-city";
import { Card } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { DayTable } from "@/components/session-meetings/day-table";
import {
  MeetingFilters,
  meetingStatuses,
  type MeetingStatusFilter,
} from "@/components/session-meetings/meeting-filters";

type Search = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ locale: AppLocale; sessionId: string }>; searchParams: Promise<Search> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "sessionMeetings" });
  return { title: t("title") };
}

/** Lenient reading of the URL: anything unknown means "no filter". */
function parseFilter(search: Search): { status?: MeetingStatusFilter; day?: string } {
  const one = (key: string) => (typeof search[key] === "string" ? (search[key] as string) : undefined);
  const status = meetingStatuses.find((s) => s === one("status"));
  const day = one("day");
  return { status, day: day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined };
}

/** Every meeting of a session, day by day on the organizer's clock, for the organizers of its fair. */
export default async function SessionMeetingsPage({ params, searchParams }: Props) {
  const { locale, sessionId } = await params;
  setRequestLocale(locale);
  const loaded = await loadOverseenSessionPage(locale, sessionId, "meetings");
  if (!loaded) return <Forbidden />;
  const { actor, session } = loaded;
  const meetings = await listSessionMeetings(actor, session.id).catch(notFoundIfMissing);
  const filter = parseFilter(await searchParams);
  const t = await getTranslations("sessionMeetings");
  const tOutcomes = await getTranslations("outcomes.session");
  const zone = actor.timeZone;
  const fairZone = session.fair.timeZone;

  const dayOf = (meeting: (typeof meetings)[number]) => localDay(meeting.startsAt, zone);
  const allDays = [...new Set(meetings.map(dayOf))];
  const shown = meetings.filter(
    (m) => (!filter.status || m.status === filter.status) && (!filter.day || dayOf(m) === filter.day),
  );
  const byDay = new Map<string, typeof shown>();
  for (const meeting of shown) byDay.set(dayOf(meeting), [...(byDay.get(dayOf(meeting)) ?? []), meeting]);
  const count = (status: MeetingStatusFilter) => meetings.filter((m) => m.status === status).length;
  const title = localized(session, "title", locale);

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <Link href={`/admin/matching/${session.id}`} className="text-sm text-brand-700 hover:underline">
          ← {t("back")}
        </Link>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h1 className="text-2xl font-semibold break-words">{t("heading", { title })}</h1>
          <Link href={`/admin/sessions/${session.id}/outcomes`} className="text-sm text-brand-700 hover:underline">
            {tOutcomes("link")}
          </Link>
        </div>
        <p className="text-slate-600">
          {localized(session.fair, "name", locale)} · {formatDateRange(session.startDate, session.endDate, locale)}
        </p>
        <p className="text-sm text-slate-600">
          {zone === fairZone
            ? t("zonesSame", { zone: zoneCityName(zone, locale) })
            : t("zones", { mine: zoneCityName(zone, locale), fair: zoneCityName(fairZone, locale) })}
        </p>
      </header>

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="meeting-counts">
        {[
          { key: "total", label: t("counts.total"), value: meetings.length },
          ...meetingStatuses.map((status) => ({ key: status, label: t(`counts.${status}`), value: count(status) })),
        ].map((item) => (
          <div
            key={item.key}
            className="rounded-lg border border-slate-200 bg-white px-4 py-3"
            data-testid={`count-${item.key}`}
          >
            <dt className="text-xs text-slate-600">{item.label}</dt>
            <dd className="text-2xl font-semibold text-slate-900 tabular-nums">{item.value}</dd>
          </div>
        ))}
      </dl>

      {meetings.length === 0 ? (
        <Card data-testid="meetings-empty">
          <p className="text-slate-600">{t("empty")}</p>
        </Card>
      ) : (
        <>
          <MeetingFilters
            key={`${filter.status ?? ""}|${filter.day ?? ""}`} // fresh selects after "Clear filters"
            sessionId={session.id}
            status={filter.status}
            day={filter.day}
            days={allDays.map((day) => ({ value: day, label: formatCalendarDay(day, locale) }))}
          />
          <p className="text-sm text-slate-600" role="status" data-testid="meetings-shown">
            {t("shown", { shown: shown.length, total: meetings.length })}
          </p>
          {shown.length === 0 ? (
            <Card>
              <p className="text-slate-600">{t("emptyFiltered")}</p>
            </Card>
          ) : (
            [...byDay.entries()].map(([day, dayMeetings]) => {
              const dayLabel = formatCalendarDay(day, locale);
              return (
                <section key={day} aria-labelledby={`day-${day}`} className="space-y-2">
                  <h2 id={`day-${day}`} className="text-lg font-semibold">
                    {dayLabel}{" "}
                    <span className="text-sm font-normal text-slate-500">
                      {t("dayCount", { count: dayMeetings.length })}
                    </span>
                  </h2>
                  <DayTable
                    dayLabel={dayLabel}
                    meetings={dayMeetings}
                    locale={locale}
                    viewerZone={zone}
                    fairZone={fairZone}
                  />
                </section>
              );
            })
          )}
        </>
      )}
    </div>
  );
}
