import { getTranslations } from "next-intl/server";
import { findKnownCity } from "@/lib/geo/cities";
import { localized } from "@/lib/i18n/localized";
import { currencies } from "@/lib/catalogue/money";
import { Field, Input, Select, fieldA11y } from "@/components/ui/field";
import type { SearchFormProps } from "./search-form";

/** A field's translated error, if its value was ignored. */
export type FieldError = (field: string) => string | undefined;

type FilterProps = Pick<SearchFormProps, "locale" | "values"> & { error: FieldError };

/** The first value of a query parameter, "" when absent. */
export const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/** Category checkboxes: any of them (with their subcategories). */
export async function CategoryFilter({
  locale,
  values,
  error,
  categories,
}: FilterProps & Pick<SearchFormProps, "categories">) {
  const t = await getTranslations("catalogue.search");
  const checked = new Set([values.categoryIds ?? []].flat());
  return (
    <fieldset
      className="space-y-2 sm:col-span-2 lg:col-span-1 lg:row-span-2"
      aria-describedby={error("categoryIds") ? "categoryIds-error" : undefined}
    >
      <legend className="text-sm font-medium text-slate-800">{t("category")}</legend>
      {categories.map((category) => (
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
  );
}

/** Certification, largest minimum order and city. */
export async function SupplierFilters({
  locale,
  values,
  error,
  certificateTypes,
  cities,
}: FilterProps & Pick<SearchFormProps, "certificateTypes" | "cities">) {
  const t = await getTranslations("catalogue.search");
  return (
    <>
      <Field id="certification" label={t("certification")} error={error("certification")}>
        <Select {...fieldA11y("certification", error("certification"))} defaultValue={one(values.certification)}>
          <option value="">{t("anyCertification")}</option>
          {certificateTypes.map((type) => (
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
          {cities.map((city) => (
            <option key={city} value={city}>
              {findKnownCity(city)?.name[locale] ?? city}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}

/** A price range in a currency the viewer picks (the fair's by default). */
export async function PriceFilter({
  values,
  error,
  defaultCurrency,
}: FilterProps & Pick<SearchFormProps, "defaultCurrency">) {
  const t = await getTranslations("catalogue.search");
  return (
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
              defaultValue={one(values.priceCurrency) || defaultCurrency}
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
  );
}
