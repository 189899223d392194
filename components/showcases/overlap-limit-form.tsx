"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { showcaseLimitAction } from "@/app/[locale]/admin/sessions/[sessionId]/showcases/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { FormStatus } from "@/components/ui/form-status";
import { Button } from "@/components/ui/button";
import { Field, Input, fieldA11y } from "@/components/ui/field";
import { useFormRedirect } from "@/components/auth/use-form-redirect";

/** The session's limit of simultaneous showcases (empty: none). */
export function OverlapLimitForm({ sessionId, limit }: { sessionId: string; limit: number | null }) {
  const t = useTranslations("showcases.console");
  const [state, formAction, pending] = useActionState(showcaseLimitAction, idleFormState);
  useFormRedirect(state);
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3" data-testid="showcase-limit-form">
      <input type="hidden" name="sessionId" value={sessionId} />
      <div className="w-56">
        <Field id="limit" label={t("limit")} error={errors.limit} hint={t("limitHint")}>
          <Input
            type="number"
            min={1}
            {...fieldA11y("limit", errors.limit)}
            defaultValue={state.status === "error" ? state.values.limit : (limit ?? "")}
          />
        </Field>
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("limitSave")}
      </Button>
      <div className="w-full">
        <FormStatus state={state} />
      </div>
    </form>
  );
}
