import { getTranslations } from "next-intl/server";
import { UrlFilterForm, UrlFilterSelect } from "@/components/filters/url-filter-form";

export const meetingStatuses = ["SCHEDULED", "COMPLETED", "CANCELLED"] as const;
export type MeetingStatusFilter = (typeof meetingStatuses)[number];

type Props = {
  sessionId: string;
  status?: MeetingStatusFilter;
  day?: string;
  days: { value: string; label: string }[];
};

/** Filter a session's meetings by status and day (in the URL). */
export async function MeetingFilters({ sessionId, status, day, days }: Props) {
  const t = await getTranslations("sessionMeetings");
  return (
    <UrlFilterForm
      testId="meeting-filters"
      applyLabel={t("filters.apply")}
      clear={status || day ? { href: `/admin/sessions/${sessionId}/meetings`, label: t("filters.clear") } : undefined}
    >
      <UrlFilterSelect
        name="status"
        label={t("filters.status")}
        value={status}
        allLabel={t("filters.allStatuses")}
        options={meetingStatuses.map((value) => ({ value, label: t(`status.${value}`) }))}
        className="sm:w-48"
      />
      <UrlFilterSelect
        name="day"
        label={t("filters.day")}
        value={day}
        allLabel={t("filters.allDays")}
        options={days}
        className="sm:w-56"
      />
    </UrlFilterForm>
  );
}
