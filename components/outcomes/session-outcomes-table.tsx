import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import type { SessionOutcomeRow } from "@/lib/outcomes/list-session-outcomes";
import { zonedPair } from "@/lib/time/zone-pair";
import { Badge } from "@/components/ui/badge";
import { MeetingTable, OpenMeetingCell } from "@/components/tables/meeting-table";
import { ReportSummary } from "./report-summary";

type Props = { meetings: SessionOutcomeRow[]; locale: AppLocale; viewerZone: string; fairZone: string };

/** Per meeting: time, both parties (with no-show marks), each side's report, the derived outcome, a link. */
export async function SessionOutcomesTable({ meetings, locale, viewerZone, fairZone }: Props) {
  const t = await getTranslations("outcomes");
  return (
    <MeetingTable
      testId="outcomes-table"
      caption={t("session.table.caption")}
      minWidth="min-w-[52rem]"
      columns={[
        { label: t("session.table.time"), width: "w-[14%]" },
        { label: t("session.table.parties"), width: "w-[20%]" },
        { label: t("session.table.supplier"), width: "w-[23%]" },
        { label: t("session.table.buyer"), width: "w-[23%]" },
        { label: t("session.table.overall"), width: "w-[11%]" },
      ]}
      open={{ label: t("session.table.open"), width: "w-[9%]" }}
    >
      {meetings.map((meeting) => {
        const pair = zonedPair(meeting.startsAt, meeting.endsAt, locale, viewerZone, fairZone);
        const supplier = localized(meeting.supplierOrg, "name", locale);
        const buyer = localized(meeting.buyerOrg, "name", locale);
        return (
          <tr key={meeting.id} data-testid="outcome-row">
            <td className="px-3 py-2 align-top tabular-nums">
              <span className="block text-xs text-slate-500">{pair.dayLabel}</span>
              <span className="block font-medium text-slate-900">{pair.mine}</span>
            </td>
            <td className="space-y-1 px-3 py-2 align-top break-words">
              <PartyName name={supplier} noShow={meeting.supplierNoShow} label={t("attendance.noShow")} />
              <PartyName name={buyer} noShow={meeting.buyerNoShow} label={t("attendance.noShow")} />
            </td>
            {(["SUPPLIER", "BUYER"] as const).map((side) => {
              const report = meeting.reports.find((r) => r.side === side);
              return (
                <td key={side} className="px-3 py-2 align-top break-words">
                  {report ? (
                    <ReportSummary report={report} locale={locale} timeZone={viewerZone} compact />
                  ) : (
                    <span className="text-slate-500">{t("section.notReported")}</span>
                  )}
                </td>
              );
            })}
            <td className="px-3 py-2 align-top" data-testid="outcome-overall">
              {meeting.outcome ? t(`meetingOutcome.${meeting.outcome}`) : "—"}
            </td>
            <OpenMeetingCell
              meetingId={meeting.id}
              label={t("session.table.open")}
              ariaLabel={t("session.openLabel", { supplier, buyer, time: `${pair.dayLabel} ${pair.mine}` })}
            />
          </tr>
        );
      })}
    </MeetingTable>
  );
}

function PartyName({ name, noShow, label }: { name: string; noShow: boolean; label: string }) {
  return (
    <span className="block">
      <span className="text-slate-900">{name}</span>
      {noShow ? (
        <Badge tone="danger" className="ml-1" data-testid="row-no-show">
          {label}
        </Badge>
      ) : null}
    </span>
  );
}
