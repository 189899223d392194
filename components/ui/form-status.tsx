import type { ReactNode } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { Alert } from "@/components/ui/alert";

/**
 * The two notices a form shows above its fields: on success the action's own
 * message or the form's `success` text (not when the action redirects away),
 * and the form-level error (a refusal that belongs to no single field),
 * announced to screen readers.
 */
export function FormStatus({ state, success }: { state: FormState; success?: ReactNode }) {
  if (state.status === "success" && (state.message || success) && !state.redirectTo) {
    return (
      <Alert tone="success" role="status" data-testid="form-success">
        {state.message || success}
      </Alert>
    );
  }
  if (state.status === "error" && state.formError) {
    return (
      <Alert tone="danger" role="alert" data-testid="form-error">
        {state.formError}
      </Alert>
    );
  }
  return null;
}

/**
 * A one-button form's refusal, under the button: the same announcement as
 * FormStatus's error, small enough to sit in a table row or a card's footer.
 */
export function InlineFormError({ state }: { state: FormState }) {
  if (state.status !== "error" || !state.formError) return null;
  return (
    <p role="alert" className="text-sm text-red-700">
      {state.formError}
    </p>
  );
}
