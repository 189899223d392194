"use client";

import { useTranslations } from "next-intl";
import { withdrawRequestAction } from "@/app/[locale]/meetings/actions";
import { ActionButton } from "@/components/ui/action-button";

/** The sender takes a pending request back. */
export function WithdrawRequestButton({ requestId }: { requestId: string }) {
  const t = useTranslations("meetings.forms");
  return (
    <ActionButton action={withdrawRequestAction} fields={{ requestId }} variant="secondary" onSuccess="redirect">
      {t("withdraw")}
    </ActionButton>
  );
}
