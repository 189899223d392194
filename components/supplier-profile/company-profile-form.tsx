"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { updateSupplierProfileAction } from "@/app/[locale]/supplier/profile/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { staffSizes } from "@/lib/suppliers/choices";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { RequiredLabel } from "@/components/products/required-label";
import { Field, Input, Select, Textarea, fieldA11y } from "@/components/ui/field";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { useSubmitWithoutReset } from "@/components/products/use-submit-without-reset";

export type CompanyProfileValues = {
  nameZh: string;
  nameEn: string;
  nameRu: string;
  city: string;
  yearFounded: string;
  staffSize: string;
  exportMarkets: string[];
  languages: string[];
  descriptionZh: string;
  descriptionEn: string;
  descriptionRu: string;
};

type Choice = { value: string; label: string };
type Props = { values: CompanyProfileValues; markets: Choice[]; languages: Choice[]; cities: Choice[] };

const descriptions = [
  { id: "descriptionZh", lang: "zh-CN" },
  { id: "descriptionEn", lang: "en" },
  { id: "descriptionRu", lang: "ru" },
] as const;

/** The supplier's own company details; nothing typed is lost when a field needs fixing. */
export function CompanyProfileForm({ values, markets, languages, cities }: Props) {
  const t = useTranslations("products.profile");
  const tSizes = useTranslations("products.staffSizes");
  const [state, formAction, pending] = useActionState(updateSupplierProfileAction, idleFormState);
  const onSubmit = useSubmitWithoutReset(formAction);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") errorRef.current?.focus();
  }, [state]);
  const text = (
    id: keyof CompanyProfileValues,
    label: ReactNode,
    options: { lang?: string; hint?: string; required?: boolean } = {},
  ) => (
    <Field id={id} label={label} error={errors[id]} hint={options.hint}>
      <Input
        {...fieldA11y(id, errors[id])}
        aria-describedby={errors[id] ? `${id}-error` : options.hint ? `${id}-hint` : undefined}
        defaultValue={values[id] as string}
        lang={options.lang}
        maxLength={200}
        required={options.required}
      />
    </Field>
  );

  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-5" noValidate>
      {state.status === "error" && state.formError ? (
        <Alert
          ref={errorRef}
          tabIndex={-1}
          tone="danger"
          role="alert"
          data-testid="form-error"
          className="focus:outline-none"
        >
          {state.formError}
        </Alert>
      ) : null}
      <div className="grid gap-4 md:grid-cols-3">
        {text("nameZh", <RequiredLabel>{t("nameZh")}</RequiredLabel>, { lang: "zh-CN", required: true })}
        {text("nameEn", t("nameEn"), { lang: "en", hint: t("nameFallbackHint") })}
        {text("nameRu", t("nameRu"), { lang: "ru" })}
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="city" label={<RequiredLabel>{t("city")}</RequiredLabel>} error={errors.city}>
          <Input
            {...fieldA11y("city", errors.city)}
            defaultValue={values.city}
            list="known-cities"
            maxLength={100}
            required
          />
        </Field>
        <datalist id="known-cities">
          {cities.map((city) => (
            <option key={city.value} value={city.value} label={city.label} />
          ))}
        </datalist>
        <Field id="yearFounded" label={t("yearFounded")} error={errors.yearFounded}>
          <Input
            {...fieldA11y("yearFounded", errors.yearFounded)}
            defaultValue={values.yearFounded}
            inputMode="numeric"
            maxLength={4}
          />
        </Field>
        <Field id="staffSize" label={t("staffSize")} error={errors.staffSize}>
          <Select {...fieldA11y("staffSize", errors.staffSize)} defaultValue={values.staffSize}>
            <option value="">{t("staffSizeNone")}</option>
            {staffSizes.map((size) => (
              <option key={size} value={size}>
                {tSizes(size)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <CheckboxGroup
        name="exportMarkets"
        legend={t("exportMarkets")}
        options={markets}
        checked={values.exportMarkets}
        error={errors.exportMarkets}
        columns="grid-cols-2 sm:grid-cols-4 lg:grid-cols-5"
      />
      <CheckboxGroup
        name="languages"
        legend={t("languages")}
        options={languages}
        checked={values.languages}
        error={errors.languages}
        columns="grid-cols-2 sm:grid-cols-4 lg:grid-cols-6"
      />
      <div className="grid gap-4 lg:grid-cols-3">
        {descriptions.map(({ id, lang }) => (
          <Field
            key={id}
            id={id}
            label={t(id)}
            error={errors[id]}
            hint={id === "descriptionZh" ? t("descriptionHint") : undefined}
          >
            <Textarea
              {...fieldA11y(id, errors[id])}
              aria-describedby={errors[id] ? `${id}-error` : id === "descriptionZh" ? `${id}-hint` : undefined}
              defaultValue={values[id]}
              lang={lang}
              rows={5}
              maxLength={2000}
            />
          </Field>
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
        {/* Beside the button, where the eye is after saving a long form. */}
        <p role="status" data-testid="profile-saved" className="text-sm font-medium text-emerald-800">
          {state.status === "success" && !pending ? t("saved") : ""}
        </p>
      </div>
    </form>
  );
}
