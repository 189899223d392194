import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import type { SessionOutcomeRow } from "@/lib/outcomes/list-session-outcomes";
import { zonedPair } from "@/lib/time/zone-pair";
import { Badge } from "@/components/ui/badge";
import { ReportSummary } from "./report-summary";

type Props = { meetings: SessionOutcomeRow[]; locale: AppLocale; viewerZone: string; fairZone: string };

/** Per meeting: time, both parties (with no-show marks), each side's report, the derived outcome, a link. */
export async function SessionOutcomesTable({ meetings, locale, viewerZone, fairZone }: Props) {
  const t = await getTranslations("outcomes");
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[52rem] table-fixed text-left text-sm" data-testid="outcomes-table">
        <caption className="sr-only">{t("session.table.caption")}</caption>
        <colgroup>
          <col className="w-[14%]" />
          <col className="w-[20%]" />
          <col className="w-[23%]" />
          <col className="w-[23%]" />
          <col className="w-[11%]" />
          <col className="w-[9%]" />
        </colgroup>
        <thead className="bg-slate-50 text-xs font-medium text-slate-600">
          <tr>
            {(["time", "parties", "supplier", "buyer", "overall"] as const).map((key) => (
              <th key={key} scope="col" className="px-3 py-2">
                {t(`session.table.${key}`)}
              </th>
            ))}
            <th scope="col" className="px-3 py-2">
              <span className="sr-only">{t("session.table.open")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
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
                <td className="px-3 py-2 text-right align-top">
                  <Link
                    href={`/meetings/${meeting.id}`}
                    className="text-brand-700 hover:underline"
                    aria-label={t("session.openLabel", { supplier, buyer, time: `${pair.dayLabel} ${pair.mine}` })}
                  >
                    {t("session.table.open")}
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
