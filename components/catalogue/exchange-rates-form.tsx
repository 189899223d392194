"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { setExchangeRatesAction } from "@/app/[locale]/admin/exchange-rates/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { FormStatus } from "@/components/ui/form-status";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";

const editable = ["CNY", "RUB"] as const;

/** "1 USD = [7.20] CNY" and "1 USD = [90.00] RUB" for one fair. */
export function ExchangeRatesForm({ fairId, current }: { fairId: string; current: Partial<Record<string, string>> }) {
  const t = useTranslations("catalogue.rates");
  const [state, formAction, pending] = useActionState(setExchangeRatesAction, idleFormState);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};

  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} success={t("saved")} />
      <input type="hidden" name="fairId" value={fairId} />
      <p className="text-sm text-slate-600">{t("usdBase")}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        {editable.map((currency) => {
          const id = `${fairId}-${currency}`;
          const error = errors[currency];
          return (
            <div key={currency} className="space-y-1">
              <label htmlFor={id} className="block text-sm font-medium text-slate-800">
                {t("rate", { currency })}
              </label>
              <div className="flex items-center gap-2">
                <span aria-hidden className="shrink-0 text-sm text-slate-600">
                  {t("oneUsd")}
                </span>
                <Input
                  id={id}
                  name={currency}
                  inputMode="decimal"
                  autoComplete="off"
                  defaultValue={values[currency] ?? current[currency] ?? ""}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : current[currency] ? undefined : `${id}-hint`}
                  className="max-w-36 tabular-nums"
                />
                <span aria-hidden className="shrink-0 text-sm font-medium text-slate-800">
                  {currency}
                </span>
              </div>
              {error ? (
                <p id={`${id}-error`} className="text-sm text-red-700">
                  {error}
                </p>
              ) : current[currency] ? null : (
                <p id={`${id}-hint`} className="text-xs text-amber-800">
                  {t("notSet")}
                </p>
              )}
            </div>
          );
        })}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
