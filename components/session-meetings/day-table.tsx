import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import type { MeetingSummary } from "@/lib/meetings/meeting-view";
import { zonedPair } from "@/lib/time/zone-pair";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/cn";

const statusTone = { SCHEDULED: "info", COMPLETED: "success", CANCELLED: "neutral" } as const;

type Props = {
  dayLabel: string;
  meetings: MeetingSummary[];
  locale: AppLocale;
  viewerZone: string;
  fairZone: string;
};

/** One day's meetings: time (viewer's zone, fair's beside), both parties, interpreter, status, link. */
export async function DayTable({ dayLabel, meetings, locale, viewerZone, fairZone }: Props) {
  const t = await getTranslations("sessionMeetings");
  // `relative`: the sr-only header text is absolutely placed and must not widen the page.
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[44rem] table-fixed text-left text-sm" data-testid="meetings-table">
        <caption className="sr-only">{t("table.caption", { day: dayLabel })}</caption>
        {/* Fixed widths, so the tables of successive days line up. */}
        <colgroup>
          <col className="w-[18%]" />
          <col className="w-[27%]" />
          <col className="w-[20%]" />
          <col className="w-[14%]" />
          <col className="w-[13%]" />
          <col className="w-[8%]" />
        </colgroup>
        <thead className="bg-slate-50 text-xs font-medium text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("table.time")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("table.supplier")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("table.buyer")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("table.interpreter")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("table.status")}
            </th>
            <th scope="col" className="px-3 py-2">
              <span className="sr-only">{t("table.open")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {meetings.map((meeting) => {
            const pair = zonedPair(meeting.startsAt, meeting.endsAt, locale, viewerZone, fairZone);
            const cancelled = meeting.status === "CANCELLED";
            return (
              <tr key={meeting.id} data-testid="session-meeting" className={cn(cancelled && "text-slate-500")}>
                <td className="px-3 py-2 align-top tabular-nums">
                  <span className={cn("block font-medium", cancelled ? "line-through" : "text-slate-900")}>
                    {pair.mine}
                  </span>
                  {pair.theirs ? <span className="block text-xs text-slate-500">{pair.theirs}</span> : null}
                </td>
                <td className="px-3 py-2 align-top break-words">{localized(meeting.supplierOrg, "name", locale)}</td>
                <td className="px-3 py-2 align-top break-words">{localized(meeting.buyerOrg, "name", locale)}</td>
                <td className="px-3 py-2 align-top break-words">{meeting.interpreter?.name ?? "—"}</td>
                <td className="px-3 py-2 align-top">
                  <Badge tone={statusTone[meeting.status]}>{t(`status.${meeting.status}`)}</Badge>
                  {cancelled && meeting.cancelReason ? (
                    <span className="mt-1 block max-w-48 text-xs break-words">{meeting.cancelReason}</span>
                  ) : null}
                </td>
                <td className="px-3 py-2 text-right align-top">
                  <Link
                    href={`/meetings/${meeting.id}`}
                    className="text-brand-700 hover:underline"
                    aria-label={t("table.openLabel", {
                      time: pair.mine,
                      supplier: localized(meeting.supplierOrg, "name", locale),
                      buyer: localized(meeting.buyerOrg, "name", locale),
                    })}
                  >
                    {t("table.open")}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
