"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { recomputeAction } from "@/app/[locale]/admin/matching/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { InlineFormError } from "@/components/ui/form-status";

/** "Recompute now": queues the session's match table in the background. */
export function RecomputeButton({ sessionId }: { sessionId: string }) {
  const t = useTranslations("matching.recompute");
  const [state, formAction, pending] = useActionState(recomputeAction, idleFormState);
  return (
    <form action={formAction} className="flex flex-col items-start gap-1">
      <input type="hidden" name="sessionId" value={sessionId} />
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>
        {t("button")}
      </Button>
      {state.status === "success" ? (
        <p role="status" className="text-sm text-emerald-800">
          {t("requested")}
        </p>
      ) : null}
      <InlineFormError state={state} />
    </form>
  );
}
