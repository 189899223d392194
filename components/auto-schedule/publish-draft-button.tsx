"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { publishDraftAction } from "@/app/[locale]/admin/sessions/[sessionId]/schedule/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

/** Books the whole draft at once; on a conflict nothing is booked and the message says which pair. */
export function PublishDraftButton({ draftId, count, open }: { draftId: string; count: number; open: boolean }) {
  const t = useTranslations("autoSchedule.publish");
  const [state, formAction, pending] = useActionState(publishDraftAction, idleFormState);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="draftId" value={draftId} />
      <FormStatus state={state} />
      {open ? (
        <Button type="submit" disabled={pending || count === 0} data-testid="publish-draft">
          {pending ? t("publishing") : t("button", { count })}
        </Button>
      ) : null}
    </form>
  );
}
