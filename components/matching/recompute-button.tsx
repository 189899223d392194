"use client";

import { useTranslations } from "next-intl";
import { recomputeAction } from "@/app/[locale]/admin/matching/actions";
import { ActionButton } from "@/components/ui/action-button";

/** "Recompute now": queues the session's match table in the background. */
export function RecomputeButton({ sessionId }: { sessionId: string }) {
  const t = useTranslations("matching.recompute");
  return (
    <ActionButton
      action={recomputeAction}
      fields={{ sessionId }}
      variant="secondary"
      successNote={t("requested")}
      formClassName="flex flex-col items-start gap-1"
    >
      {t("button")}
    </ActionButton>
  );
}
