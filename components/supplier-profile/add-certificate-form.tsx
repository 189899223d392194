"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { addCertificateAction } from "@/app/[locale]/supplier/profile/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { FormStatus } from "@/components/ui/form-status";
import { Button } from "@/components/ui/button";
import { RequiredLabel } from "@/components/products/required-label";
import { Field, Input, Select, fieldA11y } from "@/components/ui/field";

/** Adds one certificate: type, number and (optionally) the date it expires. */
export function AddCertificateForm({ types }: { types: { value: string; label: string }[] }) {
  const t = useTranslations("products.profile");
  const [state, formAction, pending] = useActionState(addCertificateAction, idleFormState);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};

  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormStatus state={state} success={t("certificateAdded")} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="typeCode" label={<RequiredLabel>{t("certificateType")}</RequiredLabel>} error={errors.typeCode}>
          <Select {...fieldA11y("typeCode", errors.typeCode)} defaultValue={values.typeCode ?? ""} required>
            <option value="">{t("chooseType")}</option>
            {types.map((type) => (
              <option key={type.value} value={type.value}>
                {type.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="number" label={<RequiredLabel>{t("certificateNumber")}</RequiredLabel>} error={errors.number}>
          <Input
            {...fieldA11y("number", errors.number)}
            defaultValue={values.number}
            maxLength={100}
            autoComplete="off"
          />
        </Field>
        <Field id="expiresOn" label={t("expiresOn")} error={errors.expiresOn} hint={t("expiresOnHint")}>
          <Input
            {...fieldA11y("expiresOn", errors.expiresOn)}
            aria-describedby={errors.expiresOn ? "expiresOn-error" : "expiresOn-hint"}
            type="date"
            defaultValue={values.expiresOn}
          />
        </Field>
      </div>
      <Button type="submit" size="sm" disabled={pending}>
        {pending ? t("adding") : t("addCertificate")}
      </Button>
    </form>
  );
}
