"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createApiTokenAction } from "@/app/[locale]/settings/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, fieldA11y } from "@/components/ui/field";
import { CopyField } from "./copy-field";

/** Names a new token; the token itself is shown once, right here, with a copy button. */
export function CreateTokenForm() {
  const t = useTranslations("settings.tokens");
  const [state, formAction, pending] = useActionState(createApiTokenAction, idleFormState);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const created = state.status === "success" ? state.message : undefined;
  return (
    <div className="space-y-4">
      {created ? (
        <Alert tone="warning" role="status" className="space-y-3" data-testid="new-token">
          <p className="font-medium">{t("createdWarning")}</p>
          <CopyField
            id="new-token"
            label={t("newToken")}
            value={created}
            copyLabel={t("copy")}
            copiedLabel={t("copied")}
          />
        </Alert>
      ) : null}
      <form action={formAction} noValidate className="space-y-3" data-testid="create-token-form">
        {state.status === "error" && state.formError ? (
          <Alert tone="danger" role="alert">
            {state.formError}
          </Alert>
        ) : null}
        <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
          <div className="flex-1">
            <Field id="name" label={t("name")} hint={t("nameHint")} error={errors.name}>
              <Input
                {...fieldA11y("name", errors.name)}
                defaultValue={state.status === "error" ? state.values.name : ""}
                maxLength={100}
                autoComplete="off"
              />
            </Field>
          </div>
          <Button type="submit" disabled={pending} className="sm:mb-5">
            {t("create")}
          </Button>
        </div>
      </form>
    </div>
  );
}
