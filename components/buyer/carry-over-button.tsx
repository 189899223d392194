"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { carryOverRequirementsAction } from "@/app/[locale]/buyer/requirements/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { useFormRedirect } from "@/components/auth/use-form-redirect";
import { InlineFormError } from "@/components/ui/form-status";

/** Carries one requirement (or all listed) of an ended session over to the next edition. */
export function CarryOverButton({
  requirementIds,
  label,
  accessibleLabel,
}: {
  requirementIds: string[];
  label: string;
  accessibleLabel?: string;
}) {
  const t = useTranslations("buyer.requirements");
  const [state, formAction, pending] = useActionState(carryOverRequirementsAction, idleFormState);
  useFormRedirect(state);
  return (
    <form action={formAction} className="inline-flex flex-col items-start gap-1">
      {requirementIds.map((id) => (
        <input key={id} type="hidden" name="requirementIds" value={id} />
      ))}
      <Button type="submit" size="sm" disabled={pending} aria-label={accessibleLabel}>
        {pending ? t("carrying") : label}
      </Button>
      <InlineFormError state={state} />
    </form>
  );
}
