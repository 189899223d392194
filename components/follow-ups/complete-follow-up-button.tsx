"use client";

import { useTranslations } from "next-intl";
import { ActionButton } from "@/components/ui/action-button";
import { completeFollowUpAction } from "./follow-up-actions";

/** "Mark done" for one follow-up. */
export function CompleteFollowUpButton({ followUpId, note }: { followUpId: string; note: string }) {
  const t = useTranslations("followUps.form");
  return (
    <ActionButton
      action={completeFollowUpAction}
      fields={{ followUpId }}
      variant="secondary"
      aria-label={t("markDoneLabel", { note: note.slice(0, 60) })}
      data-testid="follow-up-done"
      formClassName="inline-flex flex-col items-end gap-1"
    >
      {t("markDone")}
    </ActionButton>
  );
}
