"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createCertificateTypeAction } from "@/app/[locale]/admin/certificate-types/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, fieldA11y } from "@/components/ui/field";

const nameFields = [
  { id: "nameEn", lang: "en" },
  { id: "nameZh", lang: "zh-CN" },
  { id: "nameRu", lang: "ru" },
] as const;

/** Organizers add a certificate type with a code and a name in each language. */
export function CreateCertificateTypeForm() {
  const t = useTranslations("products.certificateTypes");
  const [state, formAction, pending] = useActionState(createCertificateTypeAction, idleFormState);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};

  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.status === "success" ? (
        <Alert tone="success" role="status" data-testid="certificate-type-added">
          {t("added", { code: state.message ?? "" })}
        </Alert>
      ) : null}
      {state.status === "error" && state.formError ? (
        <Alert tone="danger" role="alert" data-testid="form-error">
          {state.formError}
        </Alert>
      ) : null}
      <Field id="code" label={t("code")} error={errors.code} hint={t("codeHint")}>
        <Input
          {...fieldA11y("code", errors.code)}
          aria-describedby={errors.code ? "code-error" : "code-hint"}
          defaultValue={values.code}
          maxLength={30}
          autoComplete="off"
          className="uppercase sm:max-w-xs"
        />
      </Field>
      <div className="grid gap-4 md:grid-cols-3">
        {nameFields.map(({ id, lang }) => (
          <Field key={id} id={id} label={t(id)} error={errors[id]}>
            <Input {...fieldA11y(id, errors[id])} defaultValue={values[id]} lang={lang} maxLength={120} />
          </Field>
        ))}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("adding") : t("add")}
      </Button>
    </form>
  );
}
