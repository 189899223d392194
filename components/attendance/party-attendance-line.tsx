import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import type { PartyAttendance } from "@/lib/outcomes/attendance-summary";
import { formatTime } from "@/lib/time/format";
import { Badge } from "@/components/ui/badge";

type Props = {
  side: "SUPPLIER" | "BUYER";
  name: string;
  state: PartyAttendance;
  noShow: boolean;
  locale: AppLocale;
  timeZone: string;
};

/** "Buyer · Moscow Textiles — No-show · Joined late at 10:14". */
export async function PartyAttendanceLine({ side, name, state, noShow, locale, timeZone }: Props) {
  const t = await getTranslations("outcomes");
  const text =
    state.state === "onTime"
      ? t("attendance.onTime", { time: formatTime(state.firstJoinedAt, locale, timeZone) })
      : state.state === "late"
        ? t("attendance.late", { time: formatTime(state.firstJoinedAt, locale, timeZone) })
        : state.state === "absent"
          ? t("attendance.absent")
          : t("attendance.waiting");
  return (
    <li
      className="flex flex-col gap-1 rounded-md border border-slate-200 px-3 py-2 text-sm sm:flex-row sm:items-center sm:justify-between"
      data-testid={`attendance-${side.toLowerCase()}`}
    >
      <span className="break-words">
        <span className="text-xs text-slate-500">{t(`sides.${side}`)}</span>{" "}
        <span className="font-medium text-slate-900">{name}</span>
      </span>
      <span className="flex flex-wrap items-center gap-2">
        {noShow ? (
          <Badge tone="danger" data-testid={`no-show-${side.toLowerCase()}`}>
            {t("attendance.noShow")}
          </Badge>
        ) : null}
        <span className={state.state === "onTime" ? "text-emerald-700" : "text-slate-600"}>{text}</span>
      </span>
    </li>
  );
}
