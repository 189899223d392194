"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { dropDraftItemAction } from "@/app/[locale]/admin/sessions/[sessionId]/schedule/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";

export function DropButton({ draftId, itemId, label }: { draftId: string; itemId: string; label: string }) {
  const t = useTranslations("autoSchedule.draft");
  const [state, formAction, pending] = useActionState(dropDraftItemAction, idleFormState);
  return (
    <form action={formAction}>
      <input type="hidden" name="draftId" value={draftId} />
      <input type="hidden" name="itemId" value={itemId} />
      <Button type="submit" size="sm" variant="ghost" disabled={pending} aria-label={t("dropLabel", { pair: label })}>
        {t("drop")}
      </Button>
      {state.status === "error" ? (
        <span role="alert" className="text-sm text-red-700">
          {state.formError}
        </span>
      ) : null}
    </form>
  );
}
