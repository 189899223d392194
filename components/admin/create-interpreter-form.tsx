"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createInterpreterAction } from "@/app/[locale]/admin/interpreters/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { locales } from "@/lib/i18n/routing";
import { spokenLanguages } from "@/lib/users/schemas";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, fieldA11y } from "@/components/ui/field";

const languageNames = { en: "English", zh: "简体中文", ru: "Русский" } as const;

export function CreateInterpreterForm({ timeZones }: { timeZones: string[] }) {
  const t = useTranslations("admin.interpreters");
  const tLang = useTranslations("account.languages");
  const [state, formAction, pending] = useActionState(createInterpreterAction, idleFormState);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.status === "success" ? (
        <Alert tone="success" role="status">
          {t("created")}
        </Alert>
      ) : null}
      {state.status === "error" && state.formError ? (
        <Alert tone="danger" role="alert">
          {state.formError}
        </Alert>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="name" label={t("name")} error={errors.name}>
          <Input {...fieldA11y("name", errors.name)} defaultValue={values.name} />
        </Field>
        <Field id="email" label={t("email")} error={errors.email}>
          <Input {...fieldA11y("email", errors.email)} type="email" defaultValue={values.email} />
        </Field>
        <Field id="password" label={t("password")} error={errors.password} hint={t("passwordHint")}>
          <Input {...fieldA11y("password", errors.password)} type="password" autoComplete="new-password" />
        </Field>
        <Field id="timeZone" label={t("timeZone")} error={errors.timeZone}>
          <Select {...fieldA11y("timeZone", errors.timeZone)} defaultValue={values.timeZone ?? "Asia/Shanghai"}>
            {timeZones.map((zone) => (
              <option key={zone}>{zone}</option>
            ))}
          </Select>
        </Field>
        <Field id="locale" label={t("locale")} error={errors.locale}>
          <Select {...fieldA11y("locale", errors.locale)} defaultValue={values.locale ?? "zh"}>
            {locales.map((code) => (
              <option key={code} value={code}>
                {languageNames[code]}
              </option>
            ))}
          </Select>
        </Field>
        <fieldset aria-describedby={errors.languages ? "languages-error" : undefined}>
          <legend className="text-sm font-medium text-slate-800">{t("languages")}</legend>
          <div className="mt-2 flex gap-4">
            {spokenLanguages.map((code) => (
              <label key={code} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="languages" value={code} defaultChecked={(values.languages ?? "zh,ru").split(",").includes(code)} />
                {tLang(code)}
              </label>
            ))}
          </div>
          {errors.languages ? (
            <p id="languages-error" className="mt-1 text-sm text-red-700">
              {errors.languages}
            </p>
          ) : null}
        </fieldset>
      </div>
      <Button type="submit" disabled={pending}>
        {t("create")}
      </Button>
    </form>
  );
}
