"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { setSupplierVerifiedAction } from "@/app/[locale]/admin/organizations/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { InlineFormError } from "@/components/ui/form-status";

/** The organizer's "verified" mark on an approved supplier (a matching factor), as a toggle button. */
export function VerifyToggle({
  organizationId,
  organizationName,
  verified,
}: {
  organizationId: string;
  organizationName: string;
  verified: boolean;
}) {
  const t = useTranslations("matching.verification");
  const [state, formAction, pending] = useActionState(setSupplierVerifiedAction, idleFormState);
  return (
    <form action={formAction} className="inline-flex flex-col items-start gap-1">
      <input type="hidden" name="organizationId" value={organizationId} />
      <input type="hidden" name="verified" value={verified ? "false" : "true"} />
      <Button
        type="submit"
        size="sm"
        variant="secondary"
        disabled={pending}
        aria-pressed={verified}
        aria-label={t(verified ? "unmarkLabel" : "markLabel", { name: organizationName })}
        title={t("hint")}
        data-testid="verify-toggle"
      >
        {verified ? t("unmark") : t("mark")}
      </Button>
      <InlineFormError state={state} />
    </form>
  );
}
