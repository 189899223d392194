"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { setCategorySynonymsAction } from "@/app/[locale]/admin/categories/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Textarea, fieldA11y } from "@/components/ui/field";

const languageFields = [
  { name: "synonymsEn", language: "en", lang: "en" },
  { name: "synonymsZh", language: "zh", lang: "zh-CN" },
  { name: "synonymsRu", language: "ru", lang: "ru" },
] as const;

/** One category's synonyms, a text area per language (one term per line); saved together. */
export function CategorySynonymsForm({
  categoryId,
  synonyms,
}: {
  categoryId: string;
  synonyms: Record<"en" | "zh" | "ru", string[]>;
}) {
  const t = useTranslations("products.categorySynonyms");
  const [state, formAction, pending] = useActionState(setCategorySynonymsAction, idleFormState);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  const id = (name: string) => `${name}-${categoryId}`;
  // A list's error may name one of its terms ("synonymsRu.3"): shown beside the list.
  const errorOf = (name: string) =>
    Object.entries(errors).find(([key]) => key === name || key.startsWith(`${name}.`))?.[1];

  return (
    <form action={formAction} className="space-y-3" noValidate aria-labelledby={`category-${categoryId}`}>
      <input type="hidden" name="categoryId" value={categoryId} />
      {state.status === "success" ? (
        <Alert tone="success" role="status">
          {t("saved", { count: Number(state.message ?? 0) })}
        </Alert>
      ) : null}
      {state.status === "error" && state.formError ? (
        <Alert tone="danger" role="alert" data-testid="form-error">
          {state.formError}
        </Alert>
      ) : null}
      <div className="grid gap-4 md:grid-cols-3">
        {languageFields.map(({ name, language, lang }) => (
          <Field key={name} id={id(name)} label={t(name)} error={errorOf(name)}>
            <Textarea
              {...fieldA11y(id(name), errorOf(name))}
              name={name}
              lang={lang}
              rows={4}
              maxLength={4000}
              defaultValue={values[name] ?? synonyms[language].join("\n")}
            />
          </Field>
        ))}
      </div>
      <p className="text-xs text-slate-500">{t("hint")}</p>
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
