"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { idleFormState } from "@/lib/actions/form-state";
import { followUpNoteMaxLength } from "@/lib/follow-ups/schemas";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea, fieldA11y } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { setFollowUpAction } from "./follow-up-actions";

/** Sets a follow-up on a meeting: the day it is due (not before the meeting's day) and what to do. */
export function FollowUpForm({ meetingId, minDay }: { meetingId: string; minDay: string }) {
  const t = useTranslations("followUps.form");
  const [state, formAction, pending] = useActionState(setFollowUpAction, idleFormState);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  const [noteLength, setNoteLength] = useState((values.note ?? "").length);
  // A success resets the form (React 19); the key remounts the fields empty.
  const formKey = state.status === "success" ? "saved" : "editing";

  return (
    <form action={formAction} className="space-y-3" noValidate data-testid="follow-up-form" key={formKey}>
      <input type="hidden" name="meetingId" value={meetingId} />
      <FormStatus state={state} success={t("saved")} />
      <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
        <Field id="dueOn" label={t("dueOn")} error={errors.dueOn}>
          <Input {...fieldA11y("dueOn", errors.dueOn)} type="date" min={minDay} defaultValue={values.dueOn ?? ""} />
        </Field>
        {/* Not "note": the outcome form on the same page has that id. */}
        <Field
          id="followUpNote"
          label={t("note")}
          error={errors.note}
          hint={t("noteHint", { count: noteLength, max: followUpNoteMaxLength })}
        >
          <Textarea
            {...fieldA11y("followUpNote", errors.note)}
            name="note"
            className="min-h-16"
            maxLength={followUpNoteMaxLength}
            defaultValue={values.note ?? ""}
            onChange={(event) => setNoteLength(event.target.value.length)}
          />
        </Field>
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? t("saving") : t("submit")}
      </Button>
    </form>
  );
}
