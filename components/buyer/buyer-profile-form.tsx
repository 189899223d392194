"use client";

import { useActionState, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { updateBuyerProfileAction } from "@/app/[locale]/buyer/profile/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import type { ZoneChoices } from "@/lib/time/zone-choices";
import { FormStatus } from "@/components/ui/form-status";
import { Button } from "@/components/ui/button";
import { CurrencyOptions } from "@/components/ui/currency-options";
import { Field, Input, Select, fieldA11y } from "@/components/ui/field";
import { TimeZoneOptions } from "@/components/account/time-zone-options";
import { useFormRedirect } from "@/components/auth/use-form-redirect";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import type { NamedChoice } from "./requirement-form-types";

export type BuyerProfileValues = Partial<
  Record<
    | "nameRu"
    | "nameEn"
    | "nameZh"
    | "city"
    | "timeZone"
    | "annualImport"
    | "annualImportCurrency"
    | "categoryIds"
    | "languages",
    string
  >
>;

type City = { names: string[]; timeZone: string };

type Props = {
  initial: BuyerProfileValues;
  categories: NamedChoice[];
  cities: { value: string; label: string; timeZone: string; names: string[] }[];
  timeZones: ZoneChoices;
  /** Language names made on the server, so the browser's ICU data cannot make them differ. */
  languages: { value: string; label: string }[];
};

const nameFields = ["nameRu", "nameEn", "nameZh"] as const;

/** The buyer's company profile; picking a known city also picks its time zone. */
export function BuyerProfileForm({ initial, categories, cities, timeZones, languages }: Props) {
  const t = useTranslations("buyer");
  const locale = useLocale() as AppLocale;
  const [state, formAction, pending] = useActionState(updateBuyerProfileAction, idleFormState);
  useFormRedirect(state);
  const values: BuyerProfileValues = state.status === "error" ? state.values : initial;
  const errors = state.status === "error" ? state.fieldErrors : {};
  const [timeZone, setTimeZone] = useState(values.timeZone ?? "Europe/Moscow");

  const followCity = (typed: string) => {
    const needle = typed.trim().toLowerCase();
    const city: City | undefined = cities.find((c) => c.names.some((name) => name.toLowerCase() === needle));
    if (city) setTimeZone(city.timeZone);
  };
  const a11y = (id: string, hinted = false) => ({
    ...fieldA11y(id, errors[id]),
    "aria-describedby": errors[id] ? `${id}-error` : hinted ? `${id}-hint` : undefined,
  });

  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormStatus state={state} />
      <fieldset className="space-y-3" aria-describedby="names-hint">
        <legend className="text-sm font-medium text-slate-800">{t("profile.names")}</legend>
        <p id="names-hint" className="text-xs text-slate-500">
          {t("profile.namesHint")}
        </p>
        <div className="grid gap-4 md:grid-cols-3">
          {nameFields.map((field) => (
            <Field key={field} id={field} label={t(`profile.${field}`)} error={errors[field]}>
              <Input
                {...a11y(field)}
                defaultValue={values[field]}
                autoComplete={field === "nameRu" ? "organization" : "off"}
              />
            </Field>
          ))}
        </div>
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="city" label={t("profile.city")} error={errors.city} hint={t("profile.cityHint")}>
          <Input
            {...a11y("city", true)}
            list="buyer-cities"
            autoComplete="off"
            defaultValue={values.city}
            onChange={(event) => followCity(event.target.value)}
          />
        </Field>
        <datalist id="buyer-cities">
          {cities.map((city) => (
            <option key={city.value} value={city.label} />
          ))}
        </datalist>
        <Field id="timeZone" label={t("profile.timeZone")} error={errors.timeZone} hint={t("profile.timeZoneHint")}>
          <Select {...a11y("timeZone", true)} value={timeZone} onChange={(event) => setTimeZone(event.target.value)}>
            <TimeZoneOptions choices={timeZones} />
          </Select>
        </Field>
        <Field
          id="annualImport"
          label={t("profile.annualImport")}
          error={errors.annualImport}
          hint={t("profile.annualImportHint")}
        >
          <Input
            {...a11y("annualImport", true)}
            inputMode="numeric"
            autoComplete="off"
            defaultValue={values.annualImport}
          />
        </Field>
        <Field id="annualImportCurrency" label={t("profile.annualImportCurrency")} error={errors.annualImportCurrency}>
          <Select {...a11y("annualImportCurrency")} defaultValue={values.annualImportCurrency ?? ""}>
            <CurrencyOptions placeholder={t("form.currencyNone")} />
          </Select>
        </Field>
      </div>

      {categories.length > 0 ? (
        <CheckboxGroup
          name="categoryIds"
          legend={t("profile.interests")}
          hint={t("profile.interestsHint")}
          error={errors.categoryIds}
          checked={(values.categoryIds ?? "").split(",")}
          options={categories.map((category) => ({
            value: category.value,
            label: localized(category, "name", locale),
          }))}
        />
      ) : (
        <p className="text-sm text-slate-500">{t("profile.noCategories")}</p>
      )}
      <CheckboxGroup
        name="languages"
        legend={t("profile.languages")}
        error={errors.languages}
        checked={(values.languages ?? "").split(",")}
        options={languages}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("profile.saving") : t("profile.save")}
      </Button>
    </form>
  );
}
