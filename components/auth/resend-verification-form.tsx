"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { resendVerificationAction } from "@/app/[locale]/login/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { cn } from "@/lib/cn";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** "Send the link again", offered when a sign-in is refused because the address is unconfirmed. */
export function ResendVerificationForm({ email, className }: { email: string; className?: string }) {
  const t = useTranslations("auth.signIn");
  const [state, formAction, pending] = useActionState(resendVerificationAction, idleFormState);

  return (
    <form action={formAction} className={cn("space-y-2", className)}>
      <input type="hidden" name="email" value={email} />
      {state.status === "success" ? (
        <Alert tone="success" role="status" data-testid="resend-result">
          {state.message}
        </Alert>
      ) : null}
      {state.status === "error" ? (
        <Alert tone="danger" role="alert" data-testid="resend-result">
          {state.formError ?? Object.values(state.fieldErrors)[0]}
        </Alert>
      ) : null}
      <Button type="submit" variant="secondary" size="sm" disabled={pending}>
        {pending ? t("resendSending") : t("resendLink")}
      </Button>
    </form>
  );
}
