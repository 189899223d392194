"use client";

import { useActionState, useEffect, useState } from "react";
import * as Dialog from "@radix-ui/react-dialog";
import { useTranslations } from "next-intl";
import { reviewOrganizationAction } from "@/app/[locale]/admin/organizations/actions";
import { idleFormState } from "@/lib/actions/form-state";
import type { ReviewDecision } from "@/lib/organizations/schemas";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Textarea, fieldA11y } from "@/components/ui/field";

const needsReason: Record<ReviewDecision, boolean> = { approve: false, reinstate: false, reject: true, suspend: true };
const variant = { approve: "primary", reinstate: "primary", reject: "danger", suspend: "danger" } as const;

/** One decision on one organization: confirm (and give a reason where the applicant must see one). */
export function ReviewDialog({ organizationId, organizationName, decision }: { organizationId: string; organizationName: string; decision: ReviewDecision }) {
  const t = useTranslations("admin.review");
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState(reviewOrganizationAction, idleFormState);
  useEffect(() => {
    if (state.status === "success") setOpen(false);
  }, [state]);
  const errors = state.status === "error" ? state.fieldErrors : {};

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <Button size="sm" variant={decision === "approve" || decision === "reinstate" ? "primary" : "secondary"} aria-label={t(`${decision}Label`, { name: organizationName })}>
          {t(decision)}
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 bg-slate-900/40" />
        <Dialog.Content className="fixed left-1/2 top-1/2 w-[min(32rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 space-y-4 rounded-lg bg-white p-6 shadow-xl">
          <Dialog.Title className="text-lg font-semibold">{t(`${decision}Title`)}</Dialog.Title>
          <Dialog.Description className="text-sm text-slate-600">{t(`${decision}Description`, { name: organizationName })}</Dialog.Description>
          <form action={formAction} className="space-y-4">
            <input type="hidden" name="organizationId" value={organizationId} />
            <input type="hidden" name="decision" value={decision} />
            {state.status === "error" && state.formError ? (
              <Alert tone="danger" role="alert">
                {state.formError}
              </Alert>
            ) : null}
            {needsReason[decision] ? (
              <Field id="reason" label={t("reason")} error={errors.reason} hint={t("reasonHint")}>
                <Textarea {...fieldA11y("reason", errors.reason)} defaultValue={state.status === "error" ? state.values.reason : ""} />
              </Field>
            ) : null}
            <div className="flex justify-end gap-2">
              <Dialog.Close asChild>
                <Button type="button" variant="secondary">
                  {t("cancel")}
                </Button>
              </Dialog.Close>
              <Button type="submit" variant={variant[decision]} disabled={pending}>
                {t(`${decision}Confirm`)}
              </Button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
