import { getTranslations } from "next-intl/server";
import { currencies } from "@/lib/catalogue/money";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import type { ReportFilters } from "@/lib/results/filters";
import { regionChoices } from "@/lib/results/geography";
import { Field, Input, Select } from "@/components/ui/field";
import { buttonVariants } from "@/components/ui/button";

type Named = { id: string; nameEn: string; nameZh: string; nameRu: string };
type Titled = { id: string; titleEn: string; titleZh: string; titleRu: string };

/**
 * The report's filters as a plain GET form: applying them changes the URL (a link to the
 * filtered report can be shared or bookmarked) and works without JavaScript.
 */
export async function ReportFilterForm({
  action,
  filters,
  sessions,
  categories,
  locale,
}: {
  action: string;
  filters: ReportFilters;
  sessions: Titled[];
  categories: Named[];
  locale: AppLocale;
}) {
  const t = await getTranslations("results.filters");
  const regions = regionChoices(locale);
  return (
    <form method="get" action={action} className="print:hidden" data-testid="results-filters" aria-label={t("legend")}>
      <fieldset className="grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3">
        <legend className="px-1 text-sm font-semibold text-slate-800">{t("legend")}</legend>
        <Field id="filter-session" label={t("session")}>
          <Select id="filter-session" name="session" defaultValue={filters.session ?? ""}>
            <option value="">{t("allSessions")}</option>
            {sessions.map((s) => (
              <option key={s.id} value={s.id}>
                {localized(s, "title", locale)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="filter-category" label={t("category")}>
          <Select id="filter-category" name="category" defaultValue={filters.category ?? ""}>
            <option value="">{t("allCategories")}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {localized(c, "name", locale)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="filter-region" label={t("region")}>
          <Select id="filter-region" name="region" defaultValue={filters.region ?? ""}>
            <option value="">{t("allRegions")}</option>
            <optgroup label={t("cnCities")}>
              {regions.cnCity.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </optgroup>
            <optgroup label={t("ruDistricts")}>
              {regions.ruDistrict.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </optgroup>
            <optgroup label={t("ruRegions")}>
              {regions.ruRegion.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </optgroup>
          </Select>
        </Field>
        <Field id="filter-from" label={t("from")}>
          <Input id="filter-from" name="from" type="date" defaultValue={filters.from ?? ""} />
        </Field>
        <Field id="filter-to" label={t("to")}>
          <Input id="filter-to" name="to" type="date" defaultValue={filters.to ?? ""} />
        </Field>
        <Field id="filter-currency" label={t("currency")}>
          <Select id="filter-currency" name="currency" defaultValue={filters.currency ?? "USD"}>
            {currencies.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </Select>
        </Field>
        <div className="flex flex-wrap items-end gap-2 sm:col-span-2 lg:col-span-3">
          <button type="submit" className={buttonVariants({ size: "sm" })}>
            {t("apply")}
          </button>
          <a href={action} className={buttonVariants({ size: "sm", variant: "secondary" })}>
            {t("reset")}
          </a>
        </div>
      </fieldset>
    </form>
  );
}
