"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { withdrawProposalAction } from "@/app/[locale]/admin/matching/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { InlineFormError } from "@/components/ui/form-status";

/** Takes an organizer's proposal back; both sides stop seeing it. */
export function WithdrawProposalButton({ proposalId, label }: { proposalId: string; label: string }) {
  const t = useTranslations("matching.admin.propose");
  const [state, formAction, pending] = useActionState(withdrawProposalAction, idleFormState);
  return (
    <form action={formAction} className="inline-flex flex-col items-start gap-1">
      <input type="hidden" name="proposalId" value={proposalId} />
      <Button type="submit" size="sm" variant="ghost" disabled={pending} aria-label={label}>
        {t("withdraw")}
      </Button>
      <InlineFormError state={state} />
    </form>
  );
}
