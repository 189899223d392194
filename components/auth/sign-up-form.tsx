"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { signUpAction } from "@/app/[locale]/signup/actions";
import { idleFormState } from "@/lib/actions/form-state";
import type { KnownCity } from "@/lib/geo/cities";
import { messageOr } from "@/lib/i18n/message-keys";
import { locales, type AppLocale } from "@/lib/i18n/routing";
import type { ZoneChoices } from "@/lib/time/zone-choices";
import { FormStatus } from "@/components/ui/form-status";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Input, Select, fieldA11y } from "@/components/ui/field";
import { TimeZoneOptions } from "@/components/account/time-zone-options";
import { OrganizationKindChoice, type OrganizationKind } from "./organization-kind-choice";
import { useFormRedirect } from "./use-form-redirect";
import { languageNames } from "./language-names";

type City = KnownCity & { label: string };
type Props = {
  initialKind: OrganizationKind;
  locale: AppLocale;
  cities: City[];
  countries: string[];
  timeZones: ZoneChoices;
};

// Until a known city is picked, the country and zone follow the kind of company.
const kindDefaults = {
  SUPPLIER: { country: "CN", timeZone: "Asia/Shanghai" },
  BUYER: { country: "RU", timeZone: "Europe/Moscow" },
} as const;

function matchCity(cities: City[], typed: string): City | undefined {
  const needle = typed.trim().toLowerCase();
  if (!needle) return undefined;
  return cities.find((city) => [city.label, ...Object.values(city.name)].some((name) => name.toLowerCase() === needle));
}

/** Like fieldA11y, but the control is described by its hint while there is no error. */
function withHint(id: string, error?: string) {
  return { ...fieldA11y(id, error), "aria-describedby": error ? `${id}-error` : `${id}-hint` };
}

export function SignUpForm({ initialKind, locale, cities, countries, timeZones }: Props) {
  const t = useTranslations("auth.signUp");
  const [state, formAction, pending] = useActionState(signUpAction, idleFormState);
  useFormRedirect(state);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};

  const [kind, setKind] = useState<OrganizationKind>(initialKind);
  const [cityKnown, setCityKnown] = useState(false);
  const [country, setCountry] = useState<string>(kindDefaults[initialKind].country);
  const [timeZone, setTimeZone] = useState<string>(kindDefaults[initialKind].timeZone);

  function onKindChange(next: OrganizationKind) {
    setKind(next);
    if (!cityKnown) {
      setCountry(kindDefaults[next].country);
      setTimeZone(kindDefaults[next].timeZone);
    }
  }

  // A city typed before the page finished loading fired no change event: apply it now.
  const cityInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const typed = cityInput.current?.value;
    if (typed) onCityChange(typed);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on mount
  }, []);

  // Picking a known city fills in its country and time zone; both stay editable.
  function onCityChange(typed: string) {
    const city = matchCity(cities, typed);
    setCityKnown(Boolean(city));
    if (city) {
      setCountry(city.country);
      setTimeZone(city.timeZone);
    }
  }

  return (
    <Card>
      <form action={formAction} className="space-y-5" noValidate>
        <FormStatus state={state} />

        <OrganizationKindChoice value={kind} error={errors.kind} onChange={onKindChange} />

        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            id="companyName"
            label={kind === "SUPPLIER" ? t("companyNameZh") : t("companyNameRu")}
            hint={kind === "SUPPLIER" ? t("companyNameZhHint") : t("companyNameRuHint")}
            error={errors.companyName}
          >
            <Input
              {...withHint("companyName", errors.companyName)}
              defaultValue={values.companyName}
              required
              autoComplete="organization"
            />
          </Field>
          <Field id="companyNameEn" label={t("companyNameEn")} error={errors.companyNameEn}>
            <Input
              {...fieldA11y("companyNameEn", errors.companyNameEn)}
              defaultValue={values.companyNameEn}
              lang="en"
            />
          </Field>
          <Field id="city" label={t("city")} error={errors.city} hint={t("cityHint")}>
            <Input
              {...withHint("city", errors.city)}
              ref={cityInput}
              list="known-cities"
              defaultValue={values.city}
              onChange={(e) => onCityChange(e.target.value)}
              required
              autoComplete="address-level2"
            />
          </Field>
          <datalist id="known-cities">
            {cities.map((city) => (
              <option key={city.id} value={city.label} />
            ))}
          </datalist>
          <Field id="country" label={t("country")} error={errors.country}>
            <Select
              {...fieldA11y("country", errors.country)}
              value={country}
              onChange={(e) => setCountry(e.target.value)}
            >
              {countries.map((code) => (
                <option key={code} value={code}>
                  {messageOr(t, `countries.${code}`, code)}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="contactName" label={t("contactName")} error={errors.contactName}>
            <Input
              {...fieldA11y("contactName", errors.contactName)}
              defaultValue={values.contactName}
              required
              autoComplete="name"
            />
          </Field>
          <Field id="phone" label={t("phone")} error={errors.phone}>
            <Input {...fieldA11y("phone", errors.phone)} type="tel" defaultValue={values.phone} autoComplete="tel" />
          </Field>
          <Field id="email" label={t("email")} error={errors.email}>
            <Input
              {...fieldA11y("email", errors.email)}
              type="email"
              defaultValue={values.email}
              required
              autoComplete="email"
            />
          </Field>
          <Field id="password" label={t("password")} error={errors.password} hint={t("passwordHint")}>
            <Input {...withHint("password", errors.password)} type="password" required autoComplete="new-password" />
          </Field>
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
            <Select
              {...withHint("timeZone", errors.timeZone)}
              value={timeZone}
              onChange={(e) => setTimeZone(e.target.value)}
            >
              <TimeZoneOptions choices={timeZones} />
            </Select>
          </Field>
        </div>

        <p className="text-sm text-slate-600">{t("pendingNotice")}</p>
        <Button type="submit" disabled={pending} className="w-full sm:w-auto">
          {pending ? t("submitting") : t("submit")}
        </Button>
      </form>
    </Card>
  );
}
