"use client";

import { useActionState, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { addNegativeListEntryAction } from "@/app/[locale]/admin/negative-list/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import type { CategoryChoice } from "@/lib/negative-list/list-category-choices";
import { negativeListKinds } from "@/lib/negative-list/schemas";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea, fieldA11y } from "@/components/ui/field";

type Kind = (typeof negativeListKinds)[number];
const reasonFields = ["reasonZh", "reasonEn", "reasonRu"] as const;

/** Organizers add an HS prefix, a keyword or a whole category, with the reason suppliers will read. */
export function AddEntryForm({ categories }: { categories: CategoryChoice[] }) {
  const t = useTranslations("negativeList");
  const locale = useLocale() as AppLocale;
  const [state, formAction, pending] = useActionState(addNegativeListEntryAction, idleFormState);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  const [kind, setKind] = useState<Kind>("KEYWORD");

  return (
    <form action={formAction} className="space-y-4" noValidate aria-labelledby="add-entry-heading">
      {state.status === "success" ? (
        <Alert tone="success" role="status" data-testid="entry-added">
          {t("add.added", { count: Number(state.message ?? 0) })}
        </Alert>
      ) : null}
      {state.status === "error" && state.formError ? (
        <Alert tone="danger" role="alert" data-testid="form-error">
          {state.formError}
        </Alert>
      ) : null}
      <fieldset className="space-y-2" aria-describedby={errors.kind ? "kind-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t("add.kind")}</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {negativeListKinds.map((option) => (
            <label key={option} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="kind"
                value={option}
                checked={kind === option}
                onChange={() => setKind(option)}
                className="h-4 w-4 accent-brand-700"
              />
              {t(`kinds.${option}`)}
            </label>
          ))}
        </div>
        {errors.kind ? (
          <p id="kind-error" className="text-sm text-red-700">
            {errors.kind}
          </p>
        ) : null}
      </fieldset>

      {kind === "HS_PREFIX" ? (
        <Field id="hsPrefix" label={t("add.hsPrefix")} error={errors.hsPrefix} hint={t("add.hsPrefixHint")}>
          <Input
            {...fieldA11y("hsPrefix", errors.hsPrefix)}
            aria-describedby={errors.hsPrefix ? "hsPrefix-error" : "hsPrefix-hint"}
            inputMode="numeric"
            autoComplete="off"
            defaultValue={values.hsPrefix}
            className="max-w-48"
          />
        </Field>
      ) : null}
      {kind === "KEYWORD" ? (
        <Field id="keyword" label={t("add.keyword")} error={errors.keyword} hint={t("add.keywordHint")}>
          <Input
            {...fieldA11y("keyword", errors.keyword)}
            aria-describedby={errors.keyword ? "keyword-error" : "keyword-hint"}
            autoComplete="off"
            defaultValue={values.keyword}
          />
        </Field>
      ) : null}
      {kind === "CATEGORY" ? (
        <Field id="categoryId" label={t("add.category")} error={errors.categoryId}>
          <Select {...fieldA11y("categoryId", errors.categoryId)} defaultValue={values.categoryId ?? ""}>
            <option value="">{t("add.categoryPlaceholder")}</option>
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {"\u00a0\u00a0".repeat(category.depth)}
                {localized(category, "name", locale)}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}

      <fieldset className="space-y-3" aria-describedby="reasons-hint">
        <legend className="text-sm font-medium text-slate-800">{t("add.reasons")}</legend>
        <p id="reasons-hint" className="text-xs text-slate-500">
          {t("add.reasonsHint")}
        </p>
        {reasonFields.map((field) => (
          <Field key={field} id={field} label={t(`add.${field}`)} error={errors[field]}>
            <Textarea {...fieldA11y(field, errors[field])} rows={2} className="min-h-16" defaultValue={values[field]} />
          </Field>
        ))}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? t("add.submitting") : t("add.submit")}
      </Button>
    </form>
  );
}
