"use client";

import { useActionState, useEffect } from "react";
import { useTranslations } from "next-intl";
import { moveDraftItemAction } from "@/app/[locale]/admin/sessions/[sessionId]/schedule/actions";
import { idleFormState } from "@/lib/actions/form-state";
import type { SlotOption } from "@/lib/auto-schedule/draft-view";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";

/**
 * Picks another slot for one draft meeting. The server checks the whole draft
 * with the validator; a conflict is shown here and nothing is saved.
 */
export function MoveForm({
  draftId,
  itemId,
  slots,
  currentSlot,
  onDone,
  onCancel,
}: {
  draftId: string;
  itemId: string;
  slots: SlotOption[];
  currentSlot: string | null;
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations("autoSchedule.move");
  const [state, formAction, pending] = useActionState(moveDraftItemAction, idleFormState);
  useEffect(() => {
    if (state.status === "success") onDone();
  }, [state, onDone]);
  const error = state.status === "error" ? state.fieldErrors.slotId || state.formError : undefined;
  const chosen = state.status === "error" ? state.values.slotId : (currentSlot ?? slots[0]?.id);
  const days = [...new Set(slots.map((slot) => slot.day))];
  const selectId = `slot-${itemId}`;

  return (
    <form action={formAction} className="space-y-2" data-testid="move-form">
      <input type="hidden" name="draftId" value={draftId} />
      <input type="hidden" name="itemId" value={itemId} />
      <label htmlFor={selectId} className="block text-sm font-medium text-slate-800">
        {t("slot")}
      </label>
      <div className="flex flex-wrap gap-2">
        <Select
          id={selectId}
          name="slotId"
          defaultValue={chosen}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${selectId}-error` : undefined}
          className="w-auto max-w-full"
        >
          {days.map((day) => (
            <optgroup key={day} label={day}>
              {slots
                .filter((slot) => slot.day === day)
                .map((slot) => (
                  <option key={slot.id} value={slot.id}>
                    {slot.label}
                  </option>
                ))}
            </optgroup>
          ))}
        </Select>
        <Button type="submit" size="md" disabled={pending}>
          {pending ? t("checking") : t("submit")}
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
      {error ? (
        <p id={`${selectId}-error`} role="alert" className="text-sm text-red-700" data-testid="move-conflict">
          {state.status === "error" && state.formError ? `${state.formError} ` : ""}
          {state.status === "error" ? state.fieldErrors.slotId : ""}
        </p>
      ) : null}
    </form>
  );
}
