"use client";

import { useTranslations } from "next-intl";
import { cancelShowcaseAction } from "@/app/[locale]/supplier/showcases/actions";
import { ActionButton } from "@/components/ui/action-button";

/** The supplier calls a showcase off. */
export function CancelShowcaseButton({ showcaseId }: { showcaseId: string }) {
  const t = useTranslations("showcases.supplier");
  return (
    <ActionButton
      action={cancelShowcaseAction}
      fields={{ showcaseId }}
      variant="secondary"
      onSuccess="redirect"
      formClassName="inline-flex flex-col gap-1"
    >
      {t("cancel")}
    </ActionButton>
  );
}
