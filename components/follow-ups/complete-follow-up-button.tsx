"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { InlineFormError } from "@/components/ui/form-status";
import { completeFollowUpAction } from "./follow-up-actions";

/** "Mark done" for one follow-up. */
export function CompleteFollowUpButton({ followUpId, note }: { followUpId: string; note: string }) {
  const t = useTranslations("followUps.form");
  const [state, formAction, pending] = useActionState(completeFollowUpAction, idleFormState);
  return (
    <form action={formAction} className="inline-flex flex-col items-end gap-1">
      <input type="hidden" name="followUpId" value={followUpId} />
      <Button
        type="submit"
        size="sm"
        variant="secondary"
        disabled={pending}
        aria-label={t("markDoneLabel", { note: note.slice(0, 60) })}
        data-testid="follow-up-done"
      >
        {t("markDone")}
      </Button>
      <InlineFormError state={state} />
    </form>
  );
}
