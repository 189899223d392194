"use client";

import { useTranslations } from "next-intl";
import { carryOverRequirementsAction } from "@/app/[locale]/buyer/requirements/actions";
import { ActionButton } from "@/components/ui/action-button";

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
  return (
    <ActionButton
      action={carryOverRequirementsAction}
      fields={{ requirementIds }}
      variant="primary"
      aria-label={accessibleLabel}
      pendingLabel={t("carrying")}
      onSuccess="redirect"
    >
      {label}
    </ActionButton>
  );
}
