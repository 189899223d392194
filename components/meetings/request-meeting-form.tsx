"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { requestMeetingAction } from "@/app/[locale]/meetings/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { Alert } from "@/components/ui/alert";
import { FormStatus } from "@/components/ui/form-status";
import { Button } from "@/components/ui/button";
import { Field, Textarea, fieldA11y } from "@/components/ui/field";
import { useFormRedirect } from "@/components/auth/use-form-redirect";
import { groupByDay, type SlotChoice } from "./slot-choice";

const MAX_PREFERRED = 3;

type Props = {
  sessionId: string;
  organizationId: string;
  requirementId?: string;
  /** Sent from a live-stream showcase: recorded with the request, and the message it starts with. */
  showcaseId?: string;
  defaultMessage?: string;
  slots: SlotChoice[];
};

/** Message, up to three preferred slots (from those free for both) and whether an interpreter is needed. */
export function RequestMeetingForm({
  sessionId,
  organizationId,
  requirementId,
  showcaseId,
  defaultMessage,
  slots,
}: Props) {
  const t = useTranslations("meetings.forms");
  const [state, formAction, pending] = useActionState(requestMeetingAction, idleFormState);
  useFormRedirect(state);
  const [chosen, setChosen] = useState<string[]>([]);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const values = state.status === "error" ? state.values : {};
  const slotError = Object.entries(errors).find(([field]) => field.startsWith("preferredSlots"))?.[1];
  const toggle = (start: string, on: boolean) =>
    setChosen((current) => (on ? [...current, start] : current.filter((s) => s !== start)));

  return (
    <form action={formAction} className="space-y-6" noValidate data-testid="request-meeting-form">
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="organizationId" value={organizationId} />
      {requirementId ? <input type="hidden" name="requirementId" value={requirementId} /> : null}
      {showcaseId ? <input type="hidden" name="showcaseId" value={showcaseId} /> : null}
      <FormStatus state={state} />
      <Field id="message" label={t("request.message")} error={errors.message} hint={t("request.messageHint")}>
        <Textarea
          {...fieldA11y("message", errors.message)}
          defaultValue={values.message ?? defaultMessage ?? ""}
          maxLength={2000}
        />
      </Field>
      <fieldset className="space-y-3" aria-describedby="preferred-hint">
        <legend className="text-sm font-medium text-slate-800">{t("request.preferred")}</legend>
        <p id="preferred-hint" className="text-xs text-slate-500">
          {t("request.preferredHint", { max: MAX_PREFERRED, chosen: chosen.length })}
        </p>
        {slotError ? <p className="text-sm text-red-700">{slotError}</p> : null}
        {slots.length === 0 ? (
          <Alert tone="warning" role="status" data-testid="no-free-slots">
            {t("request.noSlots")}
          </Alert>
        ) : (
          <div className="space-y-4">
            {groupByDay(slots).map((day) => (
              <div key={day.day} className="space-y-2">
                <h3 className="text-sm font-semibold text-slate-700">{day.dayLabel}</h3>
                <ul className="grid gap-2 sm:grid-cols-2">
                  {day.slots.map((slot) => {
                    const checked = chosen.includes(slot.start);
                    return (
                      <li key={slot.start}>
                        <label className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-200 px-3 py-2 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-60">
                          <input
                            type="checkbox"
                            name="preferredSlots"
                            value={slot.start}
                            checked={checked}
                            disabled={!checked && chosen.length >= MAX_PREFERRED}
                            onChange={(event) => toggle(slot.start, event.target.checked)}
                          />
                          <span className="tabular-nums">{slot.label}</span>
                        </label>
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
          </div>
        )}
      </fieldset>
      <label className="flex items-start gap-2 text-sm text-slate-800">
        <input
          type="checkbox"
          name="needsInterpreter"
          defaultChecked={values.needsInterpreter === "on"}
          className="mt-0.5"
        />
        <span>
          {t("request.interpreter")}
          <span className="block text-xs text-slate-500">{t("request.interpreterHint")}</span>
        </span>
      </label>
      <Button type="submit" disabled={pending}>
        {t("request.submit")}
      </Button>
    </form>
  );
}
