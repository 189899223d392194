"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { acceptRequestAction, declineRequestAction } from "@/app/[locale]/meetings/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { Alert } from "@/components/ui/alert";
import { FormStatus } from "@/components/ui/form-status";
import { Button } from "@/components/ui/button";
import { Field, Textarea, fieldA11y } from "@/components/ui/field";
import { useFormRedirect } from "@/components/auth/use-form-redirect";
import { groupByDay, type SlotChoice } from "./slot-choice";

/** The receiver of a request: accept at one of the mutually free slots (preferred first), or decline with a reason. */
export function RespondToRequest({ requestId, slots }: { requestId: string; slots: SlotChoice[] }) {
  const t = useTranslations("meetings.forms");
  const [accepted, acceptAction, accepting] = useActionState(acceptRequestAction, idleFormState);
  const [declined, declineAction, declining] = useActionState(declineRequestAction, idleFormState);
  useFormRedirect(accepted);
  useFormRedirect(declined);
  const declineErrors = declined.status === "error" ? declined.fieldErrors : {};
  const reasonId = `reason-${requestId}`;

  return (
    <div className="space-y-4">
      <form action={acceptAction} className="space-y-3" data-testid="accept-form">
        <input type="hidden" name="requestId" value={requestId} />
        <FormStatus state={accepted} />
        {slots.length === 0 ? (
          <Alert tone="warning" role="status">
            {t("accept.noSlots")}
          </Alert>
        ) : (
          <fieldset className="space-y-3">
            <legend className="text-sm font-medium text-slate-800">{t("accept.pick")}</legend>
            {groupByDay(slots).map((day) => (
              <div key={day.day} className="space-y-2">
                <h4 className="text-xs font-semibold text-slate-600 uppercase">{day.dayLabel}</h4>
                <ul className="grid gap-2 sm:grid-cols-2">
                  {day.slots.map((slot) => (
                    <li key={slot.start}>
                      <label className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-200 px-3 py-2 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50">
                        <input
                          type="radio"
                          name="start"
                          value={slot.start}
                          required
                          defaultChecked={slot.start === slots[0]?.start}
                        />
                        <span className="tabular-nums">{slot.label}</span>
                        {slot.preferred ? (
                          <span className="ml-auto rounded-full bg-emerald-100 px-2 text-xs text-emerald-800">
                            {t("accept.preferred")}
                          </span>
                        ) : null}
                      </label>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
            <Button type="submit" disabled={accepting}>
              {t("accept.submit")}
            </Button>
          </fieldset>
        )}
      </form>
      <details className="rounded-md border border-slate-200 p-3">
        <summary className="cursor-pointer text-sm font-medium text-slate-700">{t("decline.open")}</summary>
        <form action={declineAction} className="mt-3 space-y-3" noValidate>
          <input type="hidden" name="requestId" value={requestId} />
          <FormStatus state={declined} />
          <Field id={reasonId} label={t("decline.reason")} error={declineErrors.reason}>
            <Textarea {...fieldA11y(reasonId, declineErrors.reason)} name="reason" maxLength={1000} />
          </Field>
          <Button type="submit" variant="danger" size="sm" disabled={declining}>
            {t("decline.submit")}
          </Button>
        </form>
      </details>
    </div>
  );
}
