"use client";

import { useActionState, useState } from "react";
import * as Dialog from "@radix-ui/react-dialog";
import { useTranslations } from "next-intl";
import { reviewOrganizationAction } from "@/app/[locale]/admin/organizations/actions";
import { idleFormState } from "@/lib/actions/form-state";
import type { ReviewDecision } from "@/lib/organizations/schemas";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Textarea, fieldA11y } from "@/components/ui/field";
import { useHydrated } from "@/components/auth/use-hydrated";

const needsReason: Record<ReviewDecision, boolean> = { approve: false, reinstate: false, reject: true, suspend: true };
const variant = { approve: "primary", reinstate: "primary", reject: "danger", suspend: "danger" } as const;

type Props = {
  organizationId: string;
  organizationName: string;
  decision: ReviewDecision;
  returnTo: string;
  expectedStatus: string;
};

/** One decision on one organization: confirm it, with a reason where the applicant must see one. */
export function ReviewDialog({ organizationId, organizationName, decision, returnTo, expectedStatus }: Props) {
  const t = useTranslations("admin.review");
  const [open, setOpen] = useState(false);
  // A click before hydration would be lost (the dialog needs JavaScript): wait until it can open.
  const hydrated = useHydrated();
  const [state, formAction, pending] = useActionState(reviewOrganizationAction, idleFormState);
  const errors = state.status === "error" ? state.fieldErrors : {};

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <Button
          size="sm"
          variant={variant[decision] === "primary" ? "primary" : "secondary"}
          aria-label={t(`${decision}Label`, { name: organizationName })}
          disabled={!hydrated}
        >
          {t(decision)}
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content className="fixed top-1/2 left-1/2 z-50 max-h-[calc(100vh-2rem)] w-[min(32rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 space-y-4 overflow-y-auto rounded-lg bg-white p-6 shadow-xl focus:outline-none">
          <Dialog.Title className="text-lg font-semibold">{t(`${decision}Title`)}</Dialog.Title>
          <Dialog.Description className="text-sm break-words text-slate-600">
            {t(`${decision}Description`, { name: organizationName })}
          </Dialog.Description>
          <form action={formAction} className="space-y-4" noValidate>
            <input type="hidden" name="organizationId" value={organizationId} />
            <input type="hidden" name="decision" value={decision} />
            <input type="hidden" name="expectedStatus" value={expectedStatus} />
            <input type="hidden" name="returnTo" value={returnTo} />
            {state.status === "error" && state.formError ? (
              <Alert tone="danger" role="alert" data-testid="review-error">
                {state.formError}
              </Alert>
            ) : null}
            {needsReason[decision] ? (
              <ReasonField error={errors.reason} defaultValue={state.status === "error" ? state.values.reason : ""} />
            ) : null}
            <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
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

// Only one dialog is open at a time (Radix renders the content only while open), so the id is unique.
function ReasonField({ error, defaultValue }: { error?: string; defaultValue?: string }) {
  const t = useTranslations("admin.review");
  const id = "reason";
  return (
    <Field id={id} label={t("reason")} error={error} hint={t("reasonHint")}>
      <Textarea
        {...fieldA11y(id, error)}
        aria-describedby={error ? `${id}-error` : `${id}-hint`}
        defaultValue={defaultValue}
        maxLength={1000}
      />
    </Field>
  );
}
