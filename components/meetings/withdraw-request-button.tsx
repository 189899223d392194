"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { withdrawRequestAction } from "@/app/[locale]/meetings/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { useFormRedirect } from "@/components/auth/use-form-redirect";
import { InlineFormError } from "@/components/ui/form-status";

/** The sender takes a pending request back. */
export function WithdrawRequestButton({ requestId }: { requestId: string }) {
  const t = useTranslations("meetings.forms");
  const [state, formAction, pending] = useActionState(withdrawRequestAction, idleFormState);
  useFormRedirect(state);
  return (
    <form action={formAction} className="inline-flex flex-col items-start gap-1">
      <input type="hidden" name="requestId" value={requestId} />
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>
        {t("withdraw")}
      </Button>
      <InlineFormError state={state} />
    </form>
  );
}
