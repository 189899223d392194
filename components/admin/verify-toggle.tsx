"use client";

import { useTranslations } from "next-intl";
import { setSupplierVerifiedAction } from "@/app/[locale]/admin/organizations/actions";
import { ActionButton } from "@/components/ui/action-button";

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
  return (
    <ActionButton
      action={setSupplierVerifiedAction}
      fields={{ organizationId, verified: verified ? "false" : "true" }}
      variant="secondary"
      aria-pressed={verified}
      aria-label={t(verified ? "unmarkLabel" : "markLabel", { name: organizationName })}
      title={t("hint")}
      data-testid="verify-toggle"
    >
      {verified ? t("unmark") : t("mark")}
    </ActionButton>
  );
}
