import { getTranslations } from "next-intl/server";
import { outcomeFilters, type OutcomeFilter } from "@/lib/outcomes/session-totals";
import { UrlFilterForm, UrlFilterSelect } from "@/components/filters/url-filter-form";

/** Filter a session's outcomes by what came of each meeting (in the URL). */
export async function OutcomeFilterForm({ sessionId, filter }: { sessionId: string; filter?: OutcomeFilter }) {
  const t = await getTranslations("outcomes");
  const label = (value: OutcomeFilter) =>
    value === "NOT_REPORTED" || value === "NO_SHOW" ? t(`session.filter.${value}`) : t(`meetingOutcome.${value}`);
  return (
    <UrlFilterForm
      testId="outcome-filter"
      applyLabel={t("session.filter.apply")}
      clear={filter ? { href: `/admin/sessions/${sessionId}/outcomes`, label: t("session.filter.clear") } : undefined}
    >
      <UrlFilterSelect
        name="outcome"
        label={t("session.filter.label")}
        value={filter}
        allLabel={t("session.filter.all")}
        options={outcomeFilters.map((value) => ({ value, label: label(value) }))}
        className="sm:w-56"
      />
    </UrlFilterForm>
  );
}
