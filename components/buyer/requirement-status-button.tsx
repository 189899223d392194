"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { closeRequirementAction, reopenRequirementAction } from "@/app/[locale]/buyer/requirements/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { InlineFormError } from "@/components/ui/form-status";

/** Close an open requirement or reopen a closed one; the list re-renders with the new status. */
export function RequirementStatusButton({
  requirementId,
  open,
  title,
}: {
  requirementId: string;
  open: boolean;
  title: string;
}) {
  const t = useTranslations("buyer.requirements");
  const [state, formAction, pending] = useActionState(
    open ? closeRequirementAction : reopenRequirementAction,
    idleFormState,
  );
  return (
    <form action={formAction} className="inline-flex flex-col items-start gap-1">
      <input type="hidden" name="requirementId" value={requirementId} />
      <Button
        type="submit"
        size="sm"
        variant="secondary"
        disabled={pending}
        aria-label={t(open ? "closeLabel" : "reopenLabel", { title })}
      >
        {pending ? t("working") : t(open ? "close" : "reopen")}
      </Button>
      <InlineFormError state={state} />
    </form>
  );
}
