"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { deactivateNegativeListEntryAction } from "@/app/[locale]/admin/negative-list/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { FormStatus } from "@/components/ui/form-status";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Props = { entryId: string; ruleLabel: string; active: boolean };

/**
 * Deactivating shows blocked products again, so it takes a second, explicit
 * click. Rendered for inactive entries too (as nothing), so that after the list
 * re-renders this instance survives and can still say what happened.
 */
export function DeactivateEntryForm({ entryId, ruleLabel, active }: Props) {
  const t = useTranslations("negativeList.deactivate");
  const [confirming, setConfirming] = useState(false);
  const [state, formAction, pending] = useActionState(deactivateNegativeListEntryAction, idleFormState);

  if (state.status === "success") {
    return (
      <Alert tone="success" role="status" data-testid="entry-deactivated">
        {t("done", { count: Number(state.message ?? 0) })}
      </Alert>
    );
  }
  if (!active) return null;
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="entryId" value={entryId} />
      <FormStatus state={state} />
      {confirming ? (
        <div className="space-y-2 rounded-md border border-amber-200 bg-amber-50 p-3">
          <p className="text-sm text-amber-900">{t("explain")}</p>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" size="sm" variant="danger" disabled={pending}>
              {pending ? t("working") : t("confirm")}
            </Button>
            <Button type="button" size="sm" variant="secondary" onClick={() => setConfirming(false)}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <Button
          type="button"
          size="sm"
          variant="secondary"
          aria-label={t("label", { rule: ruleLabel })}
          onClick={() => setConfirming(true)}
        >
          {t("button")}
        </Button>
      )}
    </form>
  );
}
