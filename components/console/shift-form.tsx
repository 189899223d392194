"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { setShiftsAction } from "@/app/[locale]/admin/sessions/[sessionId]/interpreters/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";

/** One interpreter's shifts per session day, written as clock ranges in the fair's zone. */
export function ShiftForm({
  sessionId,
  interpreterId,
  days,
}: {
  sessionId: string;
  interpreterId: string;
  days: { day: string; label: string; value: string }[];
}) {
  const t = useTranslations("console.interpreters");
  const [state, formAction, pending] = useActionState(setShiftsAction, idleFormState);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const submitted = state.status === "error" ? state.values : undefined;
  return (
    <form action={formAction} className="space-y-3" data-testid="shift-form">
      <FormStatus state={state} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="interpreterId" value={interpreterId} />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {days.map((day) => {
          const id = `${interpreterId}-${day.day}`;
          const name = `day:${day.day}`;
          const error = errors[name];
          return (
            <Field key={day.day} id={id} label={day.label} error={error}>
              <Input
                id={id}
                name={name}
                defaultValue={submitted?.[name] ?? day.value}
                placeholder={t("placeholder")}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
              />
            </Field>
          );
        })}
      </div>
      <Button type="submit" size="sm" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
