import "server-only";
import { db } from "@/lib/db";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { zonedPair } from "@/lib/time/zone-pair";
import type { AffectedMeeting } from "./update-session";

export type AffectedMeetingView = { id: string; day: string; time: string; parties: string };

/** Meetings a timetable change would cut, in the organizer's language and zone with the fair's time beside. */
export async function describeAffectedMeetings(
  meetings: AffectedMeeting[],
  locale: AppLocale,
  viewerZone: string,
  sessionId: string,
): Promise<AffectedMeetingView[]> {
  const [organizations, session] = await Promise.all([
    db.organization.findMany({
      where: { id: { in: meetings.flatMap((m) => [m.supplierOrgId, m.buyerOrgId]) } },
      select: { id: true, nameEn: true, nameZh: true, nameRu: true },
    }),
    db.fairSession.findUnique({ where: { id: sessionId }, select: { fair: { select: { timeZone: true } } } }),
  ]);
  const name = (id: string) => {
    const org = organizations.find((o) => o.id === id);
    return org ? localized(org, "name", locale) : "";
  };
  const fairZone = session?.fair.timeZone ?? "UTC";
  return meetings.map((m) => {
    const pair = zonedPair(m.startsAt, m.endsAt, locale, viewerZone, fairZone);
    return {
      id: m.id,
      day: pair.dayLabel,
      time: pair.label,
      parties: `${name(m.supplierOrgId)} — ${name(m.buyerOrgId)}`,
    };
  });
}
