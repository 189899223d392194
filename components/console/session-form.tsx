"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { createSessionAction, updateSessionAction } from "@/app/[locale]/admin/fairs/actions";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import type { AffectedMeetingView } from "@/lib/fairs/describe-affected";
import type { MessageKeyOf } from "@/lib/i18n/message-keys";
import { Button } from "@/components/ui/button";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { Field, Input, fieldA11y } from "@/components/ui/field";
import { useFormRedirect } from "@/components/auth/use-form-redirect";
import { AffectedMeetings } from "./affected-meetings";
import { FormStatus } from "@/components/ui/form-status";

export type SessionFormValues = {
  titleEn: string;
  titleZh: string;
  titleRu: string;
  startDate: string;
  endDate: string;
  dailyStart: string;
  dailyEnd: string;
  slotMinutes: string;
  breaks: string;
  categorySlugs: string;
  registrationNeedsApproval: string;
  registrationDeadline: string;
  requestExpiryHours: string;
};

type Props = {
  /** Creating: the fair the session belongs to. Editing: the session. */
  target: { fairId: string } | { sessionId: string };
  initial: SessionFormValues;
  categories: { value: string; label: string }[];
  fairZone: string;
};

function affectedOf(state: FormState): AffectedMeetingView[] {
  if (state.status !== "error" || !state.values.affected) return [];
  return JSON.parse(state.values.affected) as AffectedMeetingView[];
}

/** A session's timetable and rules; editing one may first ask what to do with meetings the change would cut. */
export function SessionForm({ target, initial, categories, fairZone }: Props) {
  const t = useTranslations("console.session");
  const editing = "sessionId" in target;
  const [state, formAction, pending] = useActionState(
    editing ? updateSessionAction : createSessionAction,
    idleFormState,
  );
  useFormRedirect(state);
  const [keptFor, setKeptFor] = useState<FormState | null>(null);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const values = state.status === "error" ? { ...initial, ...state.values } : initial;
  const affected = keptFor === state ? [] : affectedOf(state);
  const text = (id: keyof SessionFormValues & MessageKeyOf<"console.session">, type = "text") => (
    <Field id={id} label={t(id)} error={errors[id]}>
      <Input {...fieldA11y(id, errors[id])} type={type} defaultValue={values[id]} />
    </Field>
  );

  return (
    <form action={formAction} className="space-y-5" noValidate data-testid="session-form">
      {affected.length === 0 ? <FormStatus state={keptFor === state ? idleFormState : state} /> : null}
      {keptFor === state ? (
        <p role="status" className="text-sm text-slate-600">
          {t("keptNotice")}
        </p>
      ) : null}
      {"fairId" in target ? <input type="hidden" name="fairId" value={target.fairId} /> : null}
      {"sessionId" in target ? <input type="hidden" name="sessionId" value={target.sessionId} /> : null}
      <div className="grid gap-4 md:grid-cols-3">
        {text("titleEn")}
        {text("titleZh")}
        {text("titleRu")}
      </div>
      {editing ? null : (
        <Field id="slug" label={t("slug")} error={errors.slug} hint={t("slugHint")}>
          <Input
            {...fieldA11y("slug", errors.slug)}
            aria-describedby={errors.slug ? "slug-error" : "slug-hint"}
            defaultValue={state.status === "error" ? state.values.slug : ""}
            autoComplete="off"
            className="md:max-w-xs"
          />
        </Field>
      )}
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-900">{t("timetable", { zone: fairZone })}</legend>
        <div className="grid gap-4 sm:grid-cols-2 md:grid-cols-4">
          {text("startDate", "date")}
          {text("endDate", "date")}
          {text("dailyStart", "time")}
          {text("dailyEnd", "time")}
        </div>
        <div className="grid gap-4 sm:grid-cols-2 md:grid-cols-4">
          <Field id="slotMinutes" label={t("slotMinutes")} error={errors.slotMinutes}>
            <Input
              {...fieldA11y("slotMinutes", errors.slotMinutes)}
              type="number"
              min={10}
              max={120}
              step={5}
              defaultValue={values.slotMinutes}
            />
          </Field>
          <div className="sm:col-span-2">
            <Field id="breaks" label={t("breaks")} error={errors.breaks} hint={t("breaksHint")}>
              <Input
                {...fieldA11y("breaks", errors.breaks)}
                aria-describedby={errors.breaks ? "breaks-error" : "breaks-hint"}
                defaultValue={values.breaks}
                placeholder="12:00-13:00"
              />
            </Field>
          </div>
        </div>
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-900">{t("rules")}</legend>
        <div className="grid gap-4 sm:grid-cols-2 md:grid-cols-4">
          <Field
            id="requestExpiryHours"
            label={t("requestExpiryHours")}
            error={errors.requestExpiryHours}
            hint={t("requestExpiryHint")}
          >
            <Input
              {...fieldA11y("requestExpiryHours", errors.requestExpiryHours)}
              aria-describedby={errors.requestExpiryHours ? "requestExpiryHours-error" : "requestExpiryHours-hint"}
              type="number"
              min={1}
              max={336}
              defaultValue={values.requestExpiryHours}
            />
          </Field>
          <Field
            id="registrationDeadline"
            label={t("registrationDeadline")}
            error={errors.registrationDeadline}
            hint={t("registrationDeadlineHint")}
          >
            <Input
              {...fieldA11y("registrationDeadline", errors.registrationDeadline)}
              aria-describedby={
                errors.registrationDeadline ? "registrationDeadline-error" : "registrationDeadline-hint"
              }
              type="date"
              defaultValue={values.registrationDeadline}
            />
          </Field>
        </div>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            name="registrationNeedsApproval"
            defaultChecked={values.registrationNeedsApproval === "on"}
            className="mt-0.5 h-4 w-4 accent-brand-700"
          />
          <span>{t("registrationNeedsApproval")}</span>
        </label>
        <CheckboxGroup
          name="categorySlugs"
          legend={t("categories")}
          options={categories}
          checked={values.categorySlugs.split(",")}
          error={errors.categorySlugs}
        />
      </fieldset>
      {affected.length > 0 ? (
        <AffectedMeetings
          meetings={affected}
          meetingIds={state.status === "error" ? (state.values.cancelMeetingIds ?? "") : ""}
          pending={pending}
          onKeep={() => setKeptFor(state)}
        />
      ) : (
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : editing ? t("save") : t("create")}
        </Button>
      )}
    </form>
  );
}
