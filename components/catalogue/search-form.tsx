import Form from "next/form";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { findKnownCity } from "@/lib/geo/cities";
import { catalogueSorts } from "@/lib/catalogue/cursor";
import { currencies } from "@/lib/catalogue/money";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, fieldA11y } from "@/components/ui/field";

type Named = { nameEn: string; nameZh: string; nameRu: string };

export type SearchFormProps = {
  /** The catalogue path without locale, e.g. /fairs/x/y/catalogue. */
  path: string;
  locale: AppLocale;
  /** What the viewer typed, as it arrived in the query string. */
  values: Record<string, string | string[] | undefined>;
  /** Field -> message key of catalogue.errors for values that were ignored. */
  errors: Record<string, string>;
  /** How many filters the search really applies (invalid values are not counted). */
  activeFilters: number;
  categories: (Named & { id: string })[];
  certificateTypes: (Named & { code: string })[];
  cities: string[];
  defaultCurrency: string;
};

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/**
 * The catalogue search: a GET form, so it works without JavaScript and every
 * search has a shareable address. Filters sit in a disclosure that starts open
 * when one is in use. Submitting always starts again at the first page.
 */
export async function SearchForm(props: SearchFormProps) {
  const { path, locale, values, errors } = props;
  const t = await getTranslations("catalogue.search");
  const tErrors = await getTranslations("catalogue.errors");
  const error = (field: string) => (errors[field] ? tErrors(errors[field] as never) : undefined);
  const checked = new Set([values.categoryIds ?? []].flat());
  const active = props.activeFilters;
  const filterErrors = ["categoryIds", "certification", "moqMax", "priceMin", "priceMax", "priceCurrency", "city"];

  return (
    <Form action={`/${locale}${path}`} className="space-y-3" role="search">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="min-w-0 flex-1">
          <Field id="q" label={t("query")} error={error("q")}>
            <Input
              {...fieldA11y("q", error("q"))}
              type="search"
              defaultValue={one(values.q)}
              placeholder={t("queryPlaceholder")}
              maxLength={200}
            />
          </Field>
        </div>
        <div className="sm:w-48">
          <Field id="sort" label={t("sort")} error={error("sort")}>
            <Select {...fieldA11y("sort", error("sort"))} defaultValue={one(values.sort) || "relevance"}>
              {catalogueSorts.map((sort) => (
                <option key={sort} value={sort}>
                  {t(`sorts.${sort}`)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <Button type="submit" className="sm:w-32">
          {t("submit")}
        </Button>
      </div>

      <details
        open={active > 0 || filterErrors.some((field) => errors[field])}
        className="group rounded-lg border border-slate-200 bg-white"
      >
        <summary className="flex cursor-pointer list-none items-center justify-between gap-2 rounded-lg px-4 py-3 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500">
          <span>
            <span>{t("filters")}</span>{" "}
            <span className="font-normal text-slate-500">· {t("activeFilters", { count: active })}</span>
          </span>
          <span aria-hidden className="text-slate-400 transition-transform group-open:rotate-180">
            ▾
          </span>
        </summary>
        <div className="grid gap-4 border-t border-slate-200 p-4 sm:grid-cols-2 lg:grid-cols-4">
          <fieldset
            className="space-y-2 sm:col-span-2 lg:col-span-1 lg:row-span-2"
            aria-describedby={error("categoryIds") ? "categoryIds-error" : undefined}
          >
            <legend className="text-sm font-medium text-slate-800">{t("category")}</legend>
            {props.categories.map((category) => (
              <label key={category.id} className="flex items-start gap-2 text-sm">
                <input
                  type="checkbox"
                  name="categoryIds"
                  value={category.id}
                  defaultChecked={checked.has(category.id)}
                  className="mt-0.5 h-4 w-4 shrink-0 accent-brand-700"
                />
                <span className="break-words">{localized(category, "name", locale)}</span>
              </label>
            ))}
            {error("categoryIds") ? (
              <p id="categoryIds-error" className="text-sm text-red-700">
                {error("categoryIds")}
              </p>
            ) : null}
          </fieldset>
          <Field id="certification" label={t("certification")} error={error("certification")}>
            <Select {...fieldA11y("certification", error("certification"))} defaultValue={one(values.certification)}>
              <option value="">{t("anyCertification")}</option>
              {props.certificateTypes.map((type) => (
                <option key={type.code} value={type.code}>
                  {localized(type, "name", locale)}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="moqMax" label={t("moqMax")} error={error("moqMax")} hint={t("moqMaxHint")}>
            <Input
              {...fieldA11y("moqMax", error("moqMax"))}
              aria-describedby={error("moqMax") ? "moqMax-error" : "moqMax-hint"}
              inputMode="numeric"
              defaultValue={one(values.moqMax)}
              autoComplete="off"
            />
          </Field>
          <Field id="city" label={t("city")} error={error("city")}>
            <Select {...fieldA11y("city", error("city"))} defaultValue={one(values.city)}>
              <option value="">{t("anyCity")}</option>
              {props.cities.map((city) => (
                <option key={city} value={city}>
                  {findKnownCity(city)?.name[locale] ?? city}
                </option>
              ))}
            </Select>
          </Field>
          <fieldset className="space-y-2 sm:col-span-2 lg:col-span-3" aria-describedby="price-hint">
            <legend className="text-sm font-medium text-slate-800">{t("price")}</legend>
            <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
              <Field id="priceMin" label={t("priceMin")} error={error("priceMin")}>
                <Input
                  {...fieldA11y("priceMin", error("priceMin"))}
                  inputMode="decimal"
                  defaultValue={one(values.priceMin)}
                  autoComplete="off"
                />
              </Field>
              <Field id="priceMax" label={t("priceMax")} error={error("priceMax")}>
                <Input
                  {...fieldA11y("priceMax", error("priceMax"))}
                  inputMode="decimal"
                  defaultValue={one(values.priceMax)}
                  autoComplete="off"
                />
              </Field>
              <div className="col-span-2 sm:col-span-1">
                <Field id="priceCurrency" label={t("currency")} error={error("priceCurrency")}>
                  <Select
                    {...fieldA11y("priceCurrency", error("priceCurrency"))}
                    defaultValue={one(values.priceCurrency) || props.defaultCurrency}
                  >
                    {currencies.map((currency) => (
                      <option key={currency} value={currency}>
                        {currency}
                      </option>
                    ))}
                  </Select>
                </Field>
              </div>
            </div>
            <p id="price-hint" className="text-xs text-slate-500">
              {t("priceHint")}
            </p>
          </fieldset>
        </div>
        <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 px-4 py-3">
          <Button type="submit" variant="secondary">
            {t("apply")}
          </Button>
          <Link href={path} className="text-sm text-brand-700 hover:text-brand-900 hover:underline">
            {t("clear")}
          </Link>
        </div>
      </details>
    </Form>
  );
}
