"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { setFairPublishedAction } from "@/app/[locale]/admin/fairs/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

/** Publishes a draft fair (public pages, registration open) or takes a published one back to draft. */
export function PublishFairButton({ fairId, published }: { fairId: string; published: boolean }) {
  const t = useTranslations("console.fair");
  const [state, formAction, pending] = useActionState(setFairPublishedAction, idleFormState);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="fairId" value={fairId} />
      <input type="hidden" name="publish" value={published ? "0" : "1"} />
      <FormStatus state={state.status === "error" ? state : idleFormState} />
      <Button type="submit" variant={published ? "secondary" : "primary"} disabled={pending}>
        {published ? t("unpublish") : t("publish")}
      </Button>
    </form>
  );
}
