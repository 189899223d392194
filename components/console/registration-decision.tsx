"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { decideRegistrationAction } from "@/app/[locale]/admin/sessions/[sessionId]/participants/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";

/** Approve or suspend one organization's registration for the session. */
export function RegistrationDecision({
  registrationId,
  status,
  name,
}: {
  registrationId: string;
  status: string;
  name: string;
}) {
  const t = useTranslations("console.participants");
  const [state, formAction, pending] = useActionState(decideRegistrationAction, idleFormState);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="registrationId" value={registrationId} />
      {status !== "APPROVED" ? (
        <Button
          type="submit"
          size="sm"
          name="decision"
          value="approve"
          disabled={pending}
          aria-label={t("approveLabel", { name })}
        >
          {t("approve")}
        </Button>
      ) : null}
      {status === "APPROVED" || status === "PENDING" ? (
        <Button
          type="submit"
          size="sm"
          variant="secondary"
          name="decision"
          value="reject"
          disabled={pending}
          aria-label={t(status === "APPROVED" ? "suspendLabel" : "rejectLabel", { name })}
        >
          {status === "APPROVED" ? t("suspend") : t("reject")}
        </Button>
      ) : null}
      {state.status === "error" ? (
        <span role="alert" className="text-sm text-red-700">
          {state.formError}
        </span>
      ) : null}
    </form>
  );
}
