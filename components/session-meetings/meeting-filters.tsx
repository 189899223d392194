import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";

export const meetingStatuses = ["SCHEDULED", "COMPLETED", "CANCELLED"] as const;
export type MeetingStatusFilter = (typeof meetingStatuses)[number];

type Props = {
  sessionId: string;
  status?: MeetingStatusFilter;
  day?: string;
  days: { value: string; label: string }[];
};

/** A plain GET form: the filter lives in the URL, works without JavaScript and can be shared. */
export async function MeetingFilters({ sessionId, status, day, days }: Props) {
  const t = await getTranslations("sessionMeetings");
  return (
    <form method="get" className="flex flex-col gap-3 sm:flex-row sm:items-end" data-testid="meeting-filters">
      <div className="space-y-1">
        <label htmlFor="status" className="block text-sm font-medium text-slate-800">
          {t("filters.status")}
        </label>
        <Select id="status" name="status" defaultValue={status ?? ""} className="sm:w-48">
          <option value="">{t("filters.allStatuses")}</option>
          {meetingStatuses.map((value) => (
            <option key={value} value={value}>
              {t(`status.${value}`)}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1">
        <label htmlFor="day" className="block text-sm font-medium text-slate-800">
          {t("filters.day")}
        </label>
        <Select id="day" name="day" defaultValue={day ?? ""} className="sm:w-56">
          <option value="">{t("filters.allDays")}</option>
          {days.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" variant="secondary">
          {t("filters.apply")}
        </Button>
        {status || day ? (
          <Link href={`/admin/sessions/${sessionId}/meetings`} className="text-sm text-brand-700 hover:underline">
            {t("filters.clear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
