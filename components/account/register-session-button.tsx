"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { registerForSessionAction } from "@/app/[locale]/dashboard/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";

/** One session's register button; its accessible name carries the session title. */
export function RegisterSessionButton({ sessionId, sessionTitle }: { sessionId: string; sessionTitle: string }) {
  const t = useTranslations("account.dashboard");
  const [state, formAction, pending] = useActionState(registerForSessionAction, idleFormState);
  return (
    <form action={formAction} className="flex flex-col items-start gap-1 sm:items-end">
      <input type="hidden" name="sessionId" value={sessionId} />
      <Button type="submit" size="sm" disabled={pending} aria-label={t("registerFor", { session: sessionTitle })}>
        {pending ? t("registering") : t("register")}
      </Button>
      {state.status === "error" ? (
        <p className="text-xs text-red-700" role="alert">
          {state.formError}
        </p>
      ) : null}
    </form>
  );
}
