"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { setPriorityAction } from "@/app/[locale]/admin/sessions/[sessionId]/schedule/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";

const steps = [2, 1, 0, -1, -2] as const;

/** Raise or lower one organizer proposal for the next auto-schedule run. */
export function PriorityForm({ proposalId, value, pair }: { proposalId: string; value: number; pair: string }) {
  const t = useTranslations("autoSchedule.priority");
  const [state, formAction, pending] = useActionState(setPriorityAction, idleFormState);
  const id = `priority-${proposalId}`;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="proposalId" value={proposalId} />
      <label htmlFor={id} className="sr-only">
        {t("label", { pair })}
      </label>
      <Select id={id} name="priorityAdjustment" defaultValue={String(value)} className="w-auto">
        {steps.map((step) => (
          <option key={step} value={step}>
            {t(`step.${step}`)}
          </option>
        ))}
      </Select>
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>
        {t("save")}
      </Button>
      {state.status === "success" ? (
        <span role="status" className="text-sm text-emerald-700">
          {state.message}
        </span>
      ) : state.status === "error" ? (
        <span role="alert" className="text-sm text-red-700">
          {state.formError}
        </span>
      ) : null}
    </form>
  );
}
