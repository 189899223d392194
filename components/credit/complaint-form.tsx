"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { idleFormState } from "@/lib/actions/form-state";
import { complaintTextMaxLength, maxEvidenceFiles } from "@/lib/complaints/schemas";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea, fieldA11y } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { fileComplaintAction } from "./complaint-actions";

/** What happened, and up to three images as evidence (JPEG, PNG or WebP, at most 5 MB each). */
export function ComplaintForm({ meetingId }: { meetingId: string }) {
  const t = useTranslations("credit.complaintForm");
  const [state, formAction, pending] = useActionState(fileComplaintAction, idleFormState);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  const [length, setLength] = useState((values.text ?? "").length);
  return (
    <form action={formAction} className="space-y-3" noValidate data-testid="complaint-form">
      <input type="hidden" name="meetingId" value={meetingId} />
      <FormStatus state={state} />
      <Field
        id="text"
        label={t("text")}
        error={errors.text}
        hint={t("textHint", { count: length, max: complaintTextMaxLength })}
      >
        <Textarea
          {...fieldA11y("text", errors.text)}
          maxLength={complaintTextMaxLength}
          defaultValue={values.text ?? ""}
          onChange={(event) => setLength(event.target.value.length)}
        />
      </Field>
      <Field
        id="evidence"
        label={t("evidence")}
        error={errors.evidence}
        hint={t("evidenceHint", { max: maxEvidenceFiles })}
      >
        <Input
          {...fieldA11y("evidence", errors.evidence)}
          type="file"
          multiple
          accept="image/jpeg,image/png,image/webp"
          className="file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-3 file:py-1 file:text-sm"
        />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? t("sending") : t("submit")}
      </Button>
    </form>
  );
}
