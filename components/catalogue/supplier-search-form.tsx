import Form from "next/form";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import { findKnownCity } from "@/lib/geo/cities";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, fieldA11y } from "@/components/ui/field";

/** Supplier search by name and city: a GET form like the product search. */
export async function SupplierSearchForm({
  path,
  locale,
  q,
  city,
  cities,
}: {
  path: string;
  locale: AppLocale;
  q: string;
  city: string;
  cities: string[];
}) {
  const t = await getTranslations("catalogue.suppliers");
  return (
    <Form action={`/${locale}${path}`} role="search" className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <div className="min-w-0 flex-1">
        <Field id="q" label={t("query")}>
          <Input
            {...fieldA11y("q")}
            type="search"
            defaultValue={q}
            placeholder={t("queryPlaceholder")}
            maxLength={200}
          />
        </Field>
      </div>
      <div className="sm:w-56">
        <Field id="city" label={t("city")}>
          <Select {...fieldA11y("city")} defaultValue={city}>
            <option value="">{t("anyCity")}</option>
            {cities.map((name) => (
              <option key={name} value={name}>
                {findKnownCity(name)?.name[locale] ?? name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Button type="submit" className="sm:w-32">
        {t("submit")}
      </Button>
    </Form>
  );
}
