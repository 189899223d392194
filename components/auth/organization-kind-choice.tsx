"use client";

import { useTranslations } from "next-intl";

export type OrganizationKind = "SUPPLIER" | "BUYER";

/** Supplier or buyer: two large radio cards, since the rest of the form depends on it. */
export function OrganizationKindChoice({
  value,
  error,
  onChange,
}: {
  value: OrganizationKind;
  error?: string;
  onChange: (kind: OrganizationKind) => void;
}) {
  const t = useTranslations("auth.signUp");
  return (
    <fieldset className="space-y-2" aria-describedby={error ? "kind-error" : undefined}>
      <legend className="text-sm font-medium text-slate-800">{t("kind")}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {(["SUPPLIER", "BUYER"] as const).map((option) => (
          <label
            key={option}
            className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-300 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500"
          >
            <input
              type="radio"
              name="kind"
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
              className="mt-1 accent-brand-700"
            />
            <span className="min-w-0">
              <span className="block font-medium">{t(`kind${option}`)}</span>
              <span className="block text-xs text-slate-600">{t(`kind${option}Hint`)}</span>
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id="kind-error" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
