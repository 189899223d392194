import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { getMeetingAttendance } from "@/lib/outcomes/get-attendance";
import { runNoShowCheck } from "@/lib/outcomes/run-no-show-check";
import { noShowGraceMinutes } from "@/lib/outcomes/timing";
import { formatTime } from "@/lib/time/format";
import { zoneCityName } from "@/lib/time/zone-city";
import { Card, CardTitle } from "@/components/ui/card";
import { PartyAttendanceLine } from "./party-attendance-line";

type Party = { id: string; nameEn: string | null; nameZh: string | null; nameRu: string | null };
type Props = {
  actor: Actor;
  meeting: { id: string; status: string; startsAt: Date; supplierOrg: Party; buyerOrg: Party };
  locale: AppLocale;
};

/** The room opens this long before the slot; attendance means nothing earlier. */
const roomOpensMinutesBefore = 10;

/**
 * Who joined the room and left when, and each side's standing against the no-show
 * deadline, for everyone who sees the meeting. Viewing the page runs this meeting's
 * no-show check, so the mark never waits for the periodic sweep.
 */
export async function AttendanceSection({ actor, meeting, locale }: Props) {
  const now = new Date();
  if (now.getTime() < meeting.startsAt.getTime() - roomOpensMinutesBefore * 60_000) return null;
  await runNoShowCheck({ now, meetingIds: [meeting.id] });
  const attendance = await getMeetingAttendance(actor, meeting.id, { now });
  if (meeting.status === "CANCELLED" && attendance.visits.length === 0) return null;
  const t = await getTranslations("outcomes");
  const time = (instant: Date) => formatTime(instant, locale, actor.timeZone);
  const sides = [
    {
      side: "SUPPLIER",
      org: meeting.supplierOrg,
      state: attendance.supplier,
      noShow: attendance.meeting.supplierNoShow,
    },
    { side: "BUYER", org: meeting.buyerOrg, state: attendance.buyer, noShow: attendance.meeting.buyerNoShow },
  ] as const;

  return (
    <Card className="space-y-4" data-testid="attendance-section">
      <CardTitle>{t("attendance.title")}</CardTitle>
      <p className="text-sm text-slate-600">{t("attendance.intro", { minutes: noShowGraceMinutes })}</p>
      <ul className="space-y-2">
        {sides.map(({ side, org, state, noShow }) => (
          <PartyAttendanceLine
            key={side}
            side={side}
            name={localized(org, "name", locale)}
            state={state}
            noShow={noShow}
            locale={locale}
            timeZone={actor.timeZone}
          />
        ))}
      </ul>
      {attendance.visits.length === 0 ? (
        <p className="text-sm text-slate-500">{t("attendance.none")}</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="attendance-visits">
            <caption className="sr-only">
              {t("attendance.visitsCaption", { zone: zoneCityName(actor.timeZone, locale) })}
            </caption>
            <thead className="text-xs text-slate-500">
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">
                  {t("attendance.person")}
                </th>
                <th scope="col" className="py-1 pr-3 font-medium">
                  {t("attendance.capacity")}
                </th>
                <th scope="col" className="py-1 pr-3 font-medium">
                  {t("attendance.joined")}
                </th>
                <th scope="col" className="py-1 font-medium">
                  {t("attendance.left")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {attendance.visits.map((visit) => (
                <tr key={`${visit.userId}-${visit.joinedAt.toISOString()}`} data-testid="attendance-visit">
                  <td className="py-1.5 pr-3 break-words text-slate-900">{visit.userName}</td>
                  <td className="py-1.5 pr-3 text-slate-600">{t(`attendance.roles.${roleKey(visit.role)}`)}</td>
                  <td className="py-1.5 pr-3 tabular-nums">{time(visit.joinedAt)}</td>
                  <td className="py-1.5 tabular-nums">{visit.leftAt ? time(visit.leftAt) : t("attendance.stillIn")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}

const roles = ["SUPPLIER", "BUYER", "INTERPRETER", "ORGANIZER"] as const;
function roleKey(role: string): (typeof roles)[number] {
  return roles.find((r) => r === role) ?? "ORGANIZER";
}
