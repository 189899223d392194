"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { cancelMeetingAction } from "@/app/[locale]/meetings/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { FormStatus } from "@/components/ui/form-status";
import { Button } from "@/components/ui/button";
import { Field, Textarea, fieldA11y } from "@/components/ui/field";
import { useFormRedirect } from "@/components/auth/use-form-redirect";

/** Either party cancels the meeting, with an optional reason the others are told. */
export function CancelMeetingForm({ meetingId }: { meetingId: string }) {
  const t = useTranslations("meetings.forms");
  const [state, formAction, pending] = useActionState(cancelMeetingAction, idleFormState);
  useFormRedirect(state);
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form action={formAction} className="space-y-3" noValidate data-testid="cancel-meeting-form">
      <input type="hidden" name="meetingId" value={meetingId} />
      <FormStatus state={state} />
      <Field id="reason" label={t("cancel.reason")} error={errors.reason}>
        <Textarea {...fieldA11y("reason", errors.reason)} maxLength={1000} />
      </Field>
      <Button type="submit" variant="danger" disabled={pending}>
        {t("cancel.submit")}
      </Button>
    </form>
  );
}
