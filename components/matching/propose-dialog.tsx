"use client";

import { useActionState, useState } from "react";
import * as Dialog from "@radix-ui/react-dialog";
import { useTranslations } from "next-intl";
import { proposeMatchAction } from "@/app/[locale]/admin/matching/actions";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select, Textarea, fieldA11y } from "@/components/ui/field";
import { useHydrated } from "@/components/auth/use-hydrated";

type Props = {
  sessionId: string;
  requirementId: string;
  supplierOrgId: string;
  buyerName: string;
  supplierName: string;
  existing: { note: string | null; priorityAdjustment: number } | null;
};

const priorities = ["-2", "-1", "0", "1", "2"] as const;

/** Propose (or edit the proposal of) a meeting for one pair: a note for both sides and a scheduling nudge. */
export function ProposeDialog({ sessionId, requirementId, supplierOrgId, buyerName, supplierName, existing }: Props) {
  const t = useTranslations("matching.admin.propose");
  const [open, setOpen] = useState(false);
  const hydrated = useHydrated();
  // A stored proposal closes the dialog; the row re-renders as "Proposed".
  const [state, formAction, pending] = useActionState(async (previous: FormState, formData: FormData) => {
    const result = await proposeMatchAction(previous, formData);
    if (result.status === "success") setOpen(false);
    return result;
  }, idleFormState);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const values = state.status === "error" ? state.values : null;

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <Button
          size="sm"
          variant={existing ? "ghost" : "secondary"}
          className="whitespace-nowrap"
          disabled={!hydrated}
          aria-label={t("buttonLabel", { buyer: buyerName, supplier: supplierName })}
        >
          {existing ? t("edit") : t("button")}
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content className="fixed top-1/2 left-1/2 z-50 max-h-[calc(100vh-2rem)] w-[min(32rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 space-y-4 overflow-y-auto rounded-lg bg-white p-6 shadow-xl focus:outline-none">
          <Dialog.Title className="text-lg font-semibold">{t("title")}</Dialog.Title>
          <Dialog.Description className="text-sm break-words text-slate-600">
            {t("description", { buyer: buyerName, supplier: supplierName })}
          </Dialog.Description>
          <form action={formAction} className="space-y-4" noValidate>
            <input type="hidden" name="sessionId" value={sessionId} />
            <input type="hidden" name="requirementId" value={requirementId} />
            <input type="hidden" name="supplierOrgId" value={supplierOrgId} />
            {state.status === "error" && state.formError ? (
              <Alert tone="danger" role="alert" data-testid="propose-error">
                {state.formError}
              </Alert>
            ) : null}
            <Field id="note" label={t("note")} error={errors.note} hint={t("noteHint")}>
              <Textarea
                {...fieldA11y("note", errors.note)}
                aria-describedby={errors.note ? "note-error" : "note-hint"}
                defaultValue={values?.note ?? existing?.note ?? ""}
                maxLength={1000}
              />
            </Field>
            <Field
              id="priorityAdjustment"
              label={t("priority")}
              error={errors.priorityAdjustment}
              hint={t("priorityHint")}
            >
              <Select
                {...fieldA11y("priorityAdjustment", errors.priorityAdjustment)}
                aria-describedby={errors.priorityAdjustment ? "priorityAdjustment-error" : "priorityAdjustment-hint"}
                defaultValue={values?.priorityAdjustment ?? String(existing?.priorityAdjustment ?? 0)}
              >
                {priorities.map((priority) => (
                  <option key={priority} value={priority}>
                    {t(`priorities.${priority}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
              <Dialog.Close asChild>
                <Button type="button" variant="secondary">
                  {t("cancel")}
                </Button>
              </Dialog.Close>
              <Button type="submit" disabled={pending}>
                {t("submit")}
              </Button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
