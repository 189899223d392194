"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { rescheduleMeetingAction } from "@/app/[locale]/meetings/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { Alert } from "@/components/ui/alert";
import { FormStatus } from "@/components/ui/form-status";
import { Button } from "@/components/ui/button";
import { Field, Select, fieldA11y } from "@/components/ui/field";
import { useFormRedirect } from "@/components/auth/use-form-redirect";
import { groupByDay, type SlotChoice } from "./slot-choice";

/**
 * Either party moves the meeting to another slot free for both (and for an
 * interpreter when one is needed). A select grouped by day keeps a long list of
 * slots short on a phone and usable from the keyboard.
 */
export function RescheduleMeetingForm({ meetingId, slots }: { meetingId: string; slots: SlotChoice[] }) {
  const t = useTranslations("meetings.forms.reschedule");
  const [state, formAction, pending] = useActionState(rescheduleMeetingAction, idleFormState);
  useFormRedirect(state);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const chosen = state.status === "error" ? state.values.start : undefined;

  if (slots.length === 0) {
    return (
      <Alert tone="info" role="status" data-testid="no-reschedule-slots">
        {t("noSlots")}
      </Alert>
    );
  }
  return (
    <form action={formAction} className="space-y-3" noValidate data-testid="reschedule-form">
      <input type="hidden" name="meetingId" value={meetingId} />
      <FormStatus state={state} />
      <Field id="start" label={t("slot")} error={errors.start}>
        <Select {...fieldA11y("start", errors.start)} defaultValue={chosen ?? slots[0].start} key={chosen}>
          {groupByDay(slots).map((day) => (
            <optgroup key={day.day} label={day.dayLabel}>
              {day.slots.map((slot) => (
                <option key={slot.start} value={slot.start}>
                  {slot.label}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
      </Field>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
