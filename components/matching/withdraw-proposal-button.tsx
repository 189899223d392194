"use client";

import { useTranslations } from "next-intl";
import { withdrawProposalAction } from "@/app/[locale]/admin/matching/actions";
import { ActionButton } from "@/components/ui/action-button";

/** Takes an organizer's proposal back; both sides stop seeing it. */
export function WithdrawProposalButton({ proposalId, label }: { proposalId: string; label: string }) {
  const t = useTranslations("matching.admin.propose");
  return (
    <ActionButton action={withdrawProposalAction} fields={{ proposalId }} variant="ghost" aria-label={label}>
      {t("withdraw")}
    </ActionButton>
  );
}
