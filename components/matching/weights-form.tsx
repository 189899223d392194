"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { resetFairWeightsAction, setFairWeightsAction } from "@/app/[locale]/admin/matching/actions";
import { idleFormState } from "@/lib/actions/form-state";
import type { MatchWeights, WeightedFactor } from "@/lib/matching/types";
import { MAX_WEIGHT } from "@/lib/matching/weights";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, fieldA11y } from "@/components/ui/field";

type Props = { fairId: string; weights: MatchWeights; defaults: MatchWeights; factors: WeightedFactor[] };

/** One number per factor; saving stores them for the fair, "reset" goes back to the defaults. */
export function WeightsForm({ fairId, weights, defaults, factors }: Props) {
  const t = useTranslations("matching.weights");
  const tFactor = useTranslations("matching.factors");
  const [state, formAction, pending] = useActionState(setFairWeightsAction, idleFormState);
  const [resetState, resetAction, resetting] = useActionState(resetFairWeightsAction, idleFormState);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const values = state.status === "error" ? state.values : null;
  const success = state.status === "success" ? state : resetState.status === "success" ? resetState : null;
  const formError = state.status === "error" ? (errors.form ?? state.formError) : null;

  return (
    <div className="space-y-4">
      {success ? (
        <Alert tone="success" role="status" data-testid="weights-done">
          {t(success.message === "resetDone" ? "resetDone" : "saved")}
        </Alert>
      ) : null}
      {formError ? (
        <Alert tone="danger" role="alert" data-testid="weights-error">
          {formError}
        </Alert>
      ) : null}
      {resetState.status === "error" && resetState.formError ? (
        <Alert tone="danger" role="alert">
          {resetState.formError}
        </Alert>
      ) : null}
      {/* key: after a reset the inputs show the fresh values from the server. */}
      <form
        action={formAction}
        noValidate
        className="space-y-4"
        key={resetState.status === "success" ? "reset" : "edit"}
      >
        <input type="hidden" name="fairId" value={fairId} />
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {factors.map((factor) => {
            const error = errors[factor];
            return (
              <Field
                key={factor}
                id={factor}
                label={tFactor(factor)}
                error={error}
                hint={t("defaultHint", { value: defaults[factor] })}
              >
                <Input
                  {...fieldA11y(factor, error)}
                  aria-describedby={error ? `${factor}-error` : `${factor}-hint`}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={MAX_WEIGHT}
                  step={1}
                  defaultValue={values?.[factor] ?? String(weights[factor])}
                  className="max-w-32"
                />
              </Field>
            );
          })}
        </div>
        <Button type="submit" disabled={pending || resetting}>
          {t("save")}
        </Button>
      </form>
      <form action={resetAction} className="border-t border-slate-200 pt-4">
        <input type="hidden" name="fairId" value={fairId} />
        <Button type="submit" variant="secondary" disabled={pending || resetting}>
          {t("reset")}
        </Button>
      </form>
    </div>
  );
}
