import Form from "next/form";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { messageOr } from "@/lib/i18n/message-keys";
import type { AppLocale } from "@/lib/i18n/routing";
import { catalogueSorts } from "@/lib/catalogue/cursor";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, fieldA11y } from "@/components/ui/field";
import { CategoryFilter, one, PriceFilter, SupplierFilters, type FieldError } from "./search-filters";
import { SearchProgress } from "./search-progress";

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

/**
 * The catalogue search: a GET form, so it works without JavaScript and every
 * search has a shareable address. Filters sit in a disclosure that starts open
 * when one is in use. Submitting always starts again at the first page.
 */
export async function SearchForm(props: SearchFormProps) {
  const { path, locale, values, errors } = props;
  const t = await getTranslations("catalogue.search");
  const tErrors = await getTranslations("catalogue.errors");
  const error: FieldError = (field) =>
    errors[field] ? messageOr(tErrors, errors[field], tErrors("invalid")) : undefined;
  const filterProps = { locale, values, error };
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
          <CategoryFilter {...filterProps} categories={props.categories} />
          <SupplierFilters {...filterProps} certificateTypes={props.certificateTypes} cities={props.cities} />
          <PriceFilter {...filterProps} defaultCurrency={props.defaultCurrency} />
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
      <SearchProgress renderId={crypto.randomUUID()} label={t("searching")} />
    </Form>
  );
}
