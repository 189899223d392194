"use client";

import { useTranslations } from "next-intl";
import { Field, Input, Textarea, fieldA11y } from "@/components/ui/field";
import type { ProductFormDefaults } from "./product-form-types";

const languages = [
  { code: "zh", lang: "zh-CN", name: "nameZh", description: "descriptionZh" },
  { code: "en", lang: "en", name: "nameEn", description: "descriptionEn" },
  { code: "ru", lang: "ru", name: "nameRu", description: "descriptionRu" },
] as const;

/** Name and description per language, Chinese first: that is what suppliers write. */
export function ProductNameFields({
  defaults,
  errors,
}: {
  defaults: ProductFormDefaults;
  errors: Record<string, string>;
}) {
  const t = useTranslations("products.form");
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      {languages.map(({ code, lang, name, description }) => (
        <fieldset key={code} className="min-w-0 space-y-3 rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold text-slate-700">{t(`language.${code}`)}</legend>
          <Field id={name} label={t(name)} error={errors[name]} hint={code === "zh" ? t("nameHint") : undefined}>
            <Input
              {...fieldA11y(name, errors[name])}
              aria-describedby={errors[name] ? `${name}-error` : code === "zh" ? "nameZh-hint" : undefined}
              defaultValue={defaults[name]}
              lang={lang}
              maxLength={200}
            />
          </Field>
          <Field id={description} label={t(description)} error={errors[description]}>
            <Textarea
              {...fieldA11y(description, errors[description])}
              defaultValue={defaults[description]}
              lang={lang}
              rows={4}
              maxLength={4000}
            />
          </Field>
        </fieldset>
      ))}
    </div>
  );
}
