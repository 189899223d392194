import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { outcomeFilters, type OutcomeFilter } from "@/lib/outcomes/session-totals";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";

/** A plain GET form: the filter lives in the URL, works without JavaScript and can be shared. */
export async function OutcomeFilterForm({ sessionId, filter }: { sessionId: string; filter?: OutcomeFilter }) {
  const t = await getTranslations("outcomes");
  const label = (value: OutcomeFilter) =>
    value === "NOT_REPORTED" || value === "NO_SHOW" ? t(`session.filter.${value}`) : t(`meetingOutcome.${value}`);
  return (
    <form method="get" className="flex flex-col gap-3 sm:flex-row sm:items-end" data-testid="outcome-filter">
      <div className="space-y-1">
        <label htmlFor="outcome" className="block text-sm font-medium text-slate-800">
          {t("session.filter.label")}
        </label>
        <Select id="outcome" name="outcome" defaultValue={filter ?? ""} className="sm:w-56">
          <option value="">{t("session.filter.all")}</option>
          {outcomeFilters.map((value) => (
            <option key={value} value={value}>
              {label(value)}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" variant="secondary">
          {t("session.filter.apply")}
        </Button>
        {filter ? (
          <Link href={`/admin/sessions/${sessionId}/outcomes`} className="text-sm text-brand-700 hover:underline">
            {t("session.filter.clear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
