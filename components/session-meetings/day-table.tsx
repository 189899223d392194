import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import type { MeetingSummary } from "@/lib/meetings/meeting-view";
import { zonedPair } from "@/lib/time/zone-pair";
import { Badge } from "@/components/ui/badge";
import { MeetingTable, OpenMeetingCell } from "@/components/tables/meeting-table";
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
  return (
    <MeetingTable
      testId="meetings-table"
      caption={t("table.caption", { day: dayLabel })}
      minWidth="min-w-[44rem]"
      columns={[
        { label: t("table.time"), width: "w-[18%]" },
        { label: t("table.supplier"), width: "w-[27%]" },
        { label: t("table.buyer"), width: "w-[20%]" },
        { label: t("table.interpreter"), width: "w-[14%]" },
        { label: t("table.status"), width: "w-[13%]" },
      ]}
      open={{ label: t("table.open"), width: "w-[8%]" }}
    >
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
            <OpenMeetingCell
              meetingId={meeting.id}
              label={t("table.open")}
              ariaLabel={t("table.openLabel", {
                time: pair.mine,
                supplier: localized(meeting.supplierOrg, "name", locale),
                buyer: localized(meeting.buyerOrg, "name", locale),
              })}
            />
          </tr>
        );
      })}
    </MeetingTable>
  );
}
