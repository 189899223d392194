"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createFairAction, updateFairAction } from "@/app/[locale]/admin/fairs/actions";
import { idleFormState } from "@/lib/actions/form-state";
import type { ZoneChoices } from "@/lib/time/zone-choices";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea, fieldA11y } from "@/components/ui/field";
import { TimeZoneOptions } from "@/components/account/time-zone-options";
import { useFormRedirect } from "@/components/auth/use-form-redirect";
import { FormStatus } from "@/components/ui/form-status";

export type FairFormValues = {
  fairId?: string;
  nameEn: string;
  nameZh: string;
  nameRu: string;
  descriptionEn: string;
  descriptionZh: string;
  descriptionRu: string;
  timeZone: string;
  startDate: string;
  endDate: string;
};

const languages = ["En", "Zh", "Ru"] as const;

/** Creates a fair (with its address and an optional immediate publish) or edits one. */
export function FairForm({ initial, timeZones }: { initial?: FairFormValues; timeZones: ZoneChoices }) {
  const t = useTranslations("console.fair");
  const [state, formAction, pending] = useActionState(initial ? updateFairAction : createFairAction, idleFormState);
  useFormRedirect(state);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const submitted = state.status === "error" ? state.values : undefined;
  const value = (key: keyof FairFormValues | "slug") =>
    submitted?.[key] ?? (initial as Record<string, string> | undefined)?.[key] ?? "";

  return (
    <form action={formAction} className="space-y-5" noValidate data-testid="fair-form">
      <FormStatus state={state} />
      {initial?.fairId ? <input type="hidden" name="fairId" value={initial.fairId} /> : null}
      <div className="grid gap-4 md:grid-cols-3">
        {languages.map((lang) => (
          <Field key={lang} id={`name${lang}`} label={t(`name${lang}`)} error={errors[`name${lang}`]}>
            <Input {...fieldA11y(`name${lang}`, errors[`name${lang}`])} defaultValue={value(`name${lang}`)} />
          </Field>
        ))}
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        {initial ? null : (
          <Field id="slug" label={t("slug")} error={errors.slug} hint={t("slugHint")}>
            <Input
              {...fieldA11y("slug", errors.slug)}
              aria-describedby={errors.slug ? "slug-error" : "slug-hint"}
              defaultValue={value("slug")}
              autoComplete="off"
            />
          </Field>
        )}
        <Field id="timeZone" label={t("timeZone")} error={errors.timeZone} hint={t("timeZoneHint")}>
          <Select
            {...fieldA11y("timeZone", errors.timeZone)}
            aria-describedby={errors.timeZone ? "timeZone-error" : "timeZone-hint"}
            defaultValue={value("timeZone") || "Asia/Shanghai"}
          >
            <TimeZoneOptions choices={timeZones} />
          </Select>
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2 md:grid-cols-3">
        <Field id="startDate" label={t("startDate")} error={errors.startDate}>
          <Input {...fieldA11y("startDate", errors.startDate)} type="date" defaultValue={value("startDate")} />
        </Field>
        <Field id="endDate" label={t("endDate")} error={errors.endDate}>
          <Input {...fieldA11y("endDate", errors.endDate)} type="date" defaultValue={value("endDate")} />
        </Field>
      </div>
      <details className="rounded-md border border-slate-200 p-3" open={Boolean(initial?.descriptionEn)}>
        <summary className="cursor-pointer text-sm font-medium text-slate-800">{t("descriptions")}</summary>
        <div className="mt-3 grid gap-4 md:grid-cols-3">
          {languages.map((lang) => (
            <Field
              key={lang}
              id={`description${lang}`}
              label={t(`description${lang}`)}
              error={errors[`description${lang}`]}
            >
              <Textarea
                {...fieldA11y(`description${lang}`, errors[`description${lang}`])}
                defaultValue={value(`description${lang}`)}
              />
            </Field>
          ))}
        </div>
      </details>
      {initial ? null : (
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="publish"
            defaultChecked={submitted?.publish === "on"}
            className="h-4 w-4 accent-brand-700"
          />
          {t("publishNow")}
        </label>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : initial ? t("save") : t("create")}
      </Button>
    </form>
  );
}
