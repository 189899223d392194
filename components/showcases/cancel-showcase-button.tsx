"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { cancelShowcaseAction } from "@/app/[locale]/supplier/showcases/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { InlineFormError } from "@/components/ui/form-status";
import { Button } from "@/components/ui/button";
import { useFormRedirect } from "@/components/auth/use-form-redirect";

/** The supplier calls a showcase off. */
export function CancelShowcaseButton({ showcaseId }: { showcaseId: string }) {
  const t = useTranslations("showcases.supplier");
  const [state, formAction, pending] = useActionState(cancelShowcaseAction, idleFormState);
  useFormRedirect(state);
  return (
    <form action={formAction} className="inline-flex flex-col gap-1">
      <input type="hidden" name="showcaseId" value={showcaseId} />
      <Button type="submit" variant="secondary" size="sm" disabled={pending}>
        {t("cancel")}
      </Button>
      <InlineFormError state={state} />
    </form>
  );
}
