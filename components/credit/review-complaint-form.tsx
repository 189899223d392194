"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleFormState } from "@/lib/actions/form-state";
import { complaintDecisions, reviewNoteMaxLength } from "@/lib/complaints/schemas";
import { Button } from "@/components/ui/button";
import { Field, Textarea, fieldA11y } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { reviewComplaintAction } from "./credit-actions";

/** An organizer upholds or dismisses an open complaint, with a note. */
export function ReviewComplaintForm({ complaintId }: { complaintId: string }) {
  const t = useTranslations("credit.reviewForm");
  const [state, formAction, pending] = useActionState(reviewComplaintAction, idleFormState);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  const noteId = `note-${complaintId}`;
  return (
    <form action={formAction} className="space-y-3" noValidate data-testid="review-complaint-form">
      <input type="hidden" name="complaintId" value={complaintId} />
      <FormStatus state={state} />
      <fieldset className="space-y-1" aria-describedby={errors.decision ? `decision-${complaintId}-error` : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t("decision")}</legend>
        <div className="flex flex-wrap gap-2">
          {complaintDecisions.map((decision) => (
            <label
              key={decision}
              className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-200 px-3 py-2 text-sm has-checked:border-brand-500 has-checked:bg-brand-50"
            >
              <input
                type="radio"
                name="decision"
                value={decision}
                defaultChecked={values.decision === decision}
                className="accent-brand-700"
              />
              {t(`decisions.${decision}`)}
            </label>
          ))}
        </div>
        {errors.decision ? (
          <p id={`decision-${complaintId}-error`} className="text-sm text-red-700">
            {errors.decision}
          </p>
        ) : null}
      </fieldset>
      <Field id={noteId} label={t("note")} error={errors.note}>
        <Textarea
          {...fieldA11y(noteId, errors.note)}
          name="note"
          className="min-h-16"
          maxLength={reviewNoteMaxLength}
          defaultValue={values.note ?? ""}
        />
      </Field>
      <Button type="submit" size="sm" disabled={pending}>
        {pending ? t("saving") : t("submit")}
      </Button>
    </form>
  );
}
