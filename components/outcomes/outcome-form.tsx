"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { idleFormState } from "@/lib/actions/form-state";
import { outcomeKinds, outcomeNoteMaxLength } from "@/lib/outcomes/schemas";
import { Button } from "@/components/ui/button";
import { CurrencyOptions } from "@/components/ui/currency-options";
import { Field, Input, Select, Textarea, fieldA11y } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { recordOutcomeAction } from "./record-outcome-action";

export type OutcomeFormValues = { outcome: string; estimatedValue: string; currency: string; note: string };

/**
 * One side records what came of the meeting. The value and currency only apply to
 * an order intent: for any other choice they are disabled (and so not sent). On an
 * error the form keeps everything typed.
 */
export function OutcomeForm({ meetingId, saved }: { meetingId: string; saved: OutcomeFormValues | null }) {
  const t = useTranslations("outcomes.form");
  const tKinds = useTranslations("outcomes.kinds");
  const [state, formAction, pending] = useActionState(recordOutcomeAction, idleFormState);
  const values: Partial<OutcomeFormValues> = state.status === "error" ? state.values : (saved ?? {});
  const [kind, setKind] = useState(values.outcome ?? "");
  const [noteLength, setNoteLength] = useState((values.note ?? "").length);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const orderIntent = kind === "ORDER_INTENT";

  return (
    <form action={formAction} className="space-y-4" noValidate data-testid="outcome-form">
      <input type="hidden" name="meetingId" value={meetingId} />
      <FormStatus state={state} success={t("saved")} />
      <fieldset
        className="space-y-2"
        aria-invalid={errors.outcome ? true : undefined}
        aria-describedby={errors.outcome ? "outcome-error" : undefined}
      >
        <legend className="text-sm font-medium text-slate-800">{t("kind")}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {outcomeKinds.map((value) => (
            <label
              key={value}
              className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-200 px-3 py-2 text-sm has-checked:border-brand-500 has-checked:bg-brand-50"
            >
              <input
                type="radio"
                name="outcome"
                value={value}
                defaultChecked={values.outcome === value}
                onChange={() => setKind(value)}
                className="accent-brand-700"
              />
              {tKinds(value)}
            </label>
          ))}
        </div>
        {errors.outcome ? (
          <p id="outcome-error" className="text-sm text-red-700">
            {errors.outcome}
          </p>
        ) : null}
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
        <Field id="estimatedValue" label={t("value")} error={errors.estimatedValue} hint={t("valueHint")}>
          <Input
            {...fieldA11y("estimatedValue", errors.estimatedValue)}
            inputMode="decimal"
            autoComplete="off"
            defaultValue={values.estimatedValue ?? ""}
            disabled={!orderIntent}
          />
        </Field>
        <Field id="currency" label={t("currency")} error={errors.currency}>
          <Select
            {...fieldA11y("currency", errors.currency)}
            defaultValue={values.currency ?? ""}
            disabled={!orderIntent}
          >
            <CurrencyOptions placeholder={t("currencyChoose")} />
          </Select>
        </Field>
      </div>
      <Field
        id="note"
        label={t("note")}
        error={errors.note}
        hint={t("noteHint", { count: noteLength, max: outcomeNoteMaxLength })}
      >
        <Textarea
          {...fieldA11y("note", errors.note)}
          maxLength={outcomeNoteMaxLength}
          defaultValue={values.note ?? ""}
          onChange={(event) => setNoteLength(event.target.value.length)}
        />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("submit")}
      </Button>
    </form>
  );
}
