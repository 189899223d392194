"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { createInterpreterAction } from "@/app/[locale]/admin/interpreters/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { locales } from "@/lib/i18n/routing";
import { spokenLanguages } from "@/lib/users/schemas";
import type { ZoneChoices } from "@/lib/time/zone-choices";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, fieldA11y } from "@/components/ui/field";
import { TimeZoneOptions } from "@/components/account/time-zone-options";
import { languageNames } from "@/components/auth/language-names";

/** Organizers create interpreter accounts; interpreters do not sign up themselves. */
export function CreateInterpreterForm({ timeZones }: { timeZones: ZoneChoices }) {
  const t = useTranslations("admin.interpreters");
  const tLanguages = useTranslations("account.languages");
  const uiLocale = useLocale();
  const [state, formAction, pending] = useActionState(createInterpreterAction, idleFormState);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  const checkedLanguages = (values.languages ?? (state.status === "error" ? "" : "zh,ru")).split(",");

  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.status === "success" ? (
        <Alert tone="success" role="status" data-testid="interpreter-created">
          {t("created", { name: state.message ?? "" })}
        </Alert>
      ) : null}
      {state.status === "error" && state.formError ? (
        <Alert tone="danger" role="alert" data-testid="form-error">
          {state.formError}
        </Alert>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="name" label={t("name")} error={errors.name}>
          <Input {...fieldA11y("name", errors.name)} defaultValue={values.name} autoComplete="off" />
        </Field>
        <Field id="email" label={t("email")} error={errors.email}>
          <Input {...fieldA11y("email", errors.email)} type="email" defaultValue={values.email} autoComplete="off" />
        </Field>
        <Field id="password" label={t("password")} error={errors.password} hint={t("passwordHint")}>
          <Input
            {...fieldA11y("password", errors.password)}
            aria-describedby={errors.password ? "password-error" : "password-hint"}
            type="password"
            autoComplete="new-password"
          />
        </Field>
        <fieldset aria-describedby={errors.languages ? "languages-error" : undefined} className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">{t("languages")}</legend>
          <div className="flex flex-wrap gap-x-5 gap-y-2">
            {spokenLanguages.map((code) => (
              <label key={code} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="languages"
                  value={code}
                  defaultChecked={checkedLanguages.includes(code)}
                  className="h-4 w-4 accent-brand-700"
                />
                {tLanguages(code)}
              </label>
            ))}
          </div>
          {errors.languages ? (
            <p id="languages-error" className="text-sm text-red-700">
              {errors.languages}
            </p>
          ) : null}
        </fieldset>
        <Field id="locale" label={t("locale")} error={errors.locale}>
          <Select {...fieldA11y("locale", errors.locale)} defaultValue={values.locale ?? uiLocale}>
            {locales.map((code) => (
              <option key={code} value={code} lang={code}>
                {languageNames[code]}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="timeZone" label={t("timeZone")} error={errors.timeZone}>
          <Select {...fieldA11y("timeZone", errors.timeZone)} defaultValue={values.timeZone ?? "Asia/Shanghai"}>
            <TimeZoneOptions choices={timeZones} />
          </Select>
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("creating") : t("create")}
      </Button>
    </form>
  );
}
