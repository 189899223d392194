"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { updateProfileAction } from "@/app/[locale]/profile/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { locales } from "@/lib/i18n/routing";
import type { ZoneChoices } from "@/lib/time/zone-choices";
import { FormStatus } from "@/components/ui/form-status";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, fieldA11y } from "@/components/ui/field";
import { useFormRedirect } from "@/components/auth/use-form-redirect";
import { languageNames } from "@/components/auth/language-names";
import { TimeZoneOptions } from "./time-zone-options";

/** Name, language and zone; saving a new language moves the page to that language's URL. */
export function ProfileForm({
  name,
  locale,
  timeZone,
  timeZones,
}: {
  name: string;
  locale: string;
  timeZone: string;
  timeZones: ZoneChoices;
}) {
  const t = useTranslations("account.profile");
  const [state, formAction, pending] = useActionState(updateProfileAction, idleFormState);
  useFormRedirect(state);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <Field id="name" label={t("name")} error={errors.name}>
        <Input {...fieldA11y("name", errors.name)} defaultValue={values.name ?? name} autoComplete="name" />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="locale" label={t("locale")} error={errors.locale}>
          <Select {...fieldA11y("locale", errors.locale)} defaultValue={values.locale ?? locale}>
            {locales.map((code) => (
              <option key={code} value={code} lang={code}>
                {languageNames[code]}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="timeZone" label={t("timeZone")} error={errors.timeZone} hint={t("timeZoneHint")}>
          <Select {...fieldA11y("timeZone", errors.timeZone)} defaultValue={values.timeZone ?? timeZone}>
            <TimeZoneOptions choices={timeZones} />
          </Select>
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
