"use client";

import { useTranslations } from "next-intl";
import { closeRequirementAction, reopenRequirementAction } from "@/app/[locale]/buyer/requirements/actions";
import { ActionButton } from "@/components/ui/action-button";

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
  return (
    <ActionButton
      // A new key per status: the form's state belongs to one action.
      key={open ? "close" : "reopen"}
      action={open ? closeRequirementAction : reopenRequirementAction}
      fields={{ requirementId }}
      variant="secondary"
      aria-label={t(open ? "closeLabel" : "reopenLabel", { title })}
      pendingLabel={t("working")}
    >
      {t(open ? "close" : "reopen")}
    </ActionButton>
  );
}
