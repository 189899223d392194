"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { reviewShowcaseAction } from "@/app/[locale]/admin/sessions/[sessionId]/showcases/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { FormStatus } from "@/components/ui/form-status";
import { Button } from "@/components/ui/button";
import { Field, Input, fieldA11y } from "@/components/ui/field";
import { useFormRedirect } from "@/components/auth/use-form-redirect";

/** Approve or reject one showcase, with a note to the supplier and whether anyone may watch. */
export function ReviewShowcaseForm({
  showcaseId,
  reviewNote,
  isPublic,
}: {
  showcaseId: string;
  reviewNote: string | null;
  isPublic: boolean;
}) {
  const t = useTranslations("showcases.console");
  const [state, formAction, pending] = useActionState(reviewShowcaseAction, idleFormState);
  useFormRedirect(state);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const noteId = `reviewNote-${showcaseId}`;
  return (
    <form action={formAction} className="space-y-3" data-testid="review-showcase-form">
      <input type="hidden" name="showcaseId" value={showcaseId} />
      <FormStatus state={state} />
      <Field id={noteId} label={t("note")} error={errors.reviewNote}>
        <Input
          {...fieldA11y(noteId, errors.reviewNote)}
          name="reviewNote"
          defaultValue={reviewNote ?? ""}
          maxLength={1000}
        />
      </Field>
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" name="isPublic" defaultChecked={isPublic} />
        {t("public")}
      </label>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="decision" value="APPROVED" size="sm" disabled={pending}>
          {t("approve")}
        </Button>
        <Button type="submit" name="decision" value="REJECTED" variant="secondary" size="sm" disabled={pending}>
          {t("reject")}
        </Button>
      </div>
    </form>
  );
}
