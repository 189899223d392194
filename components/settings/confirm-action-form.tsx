"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { idleFormState } from "@/lib/actions/form-state";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFormRedirect } from "@/components/auth/use-form-redirect";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden?: Record<string, string>;
  trigger: string;
  question: string;
  confirm: string;
  cancel: string;
  testId?: string;
};

/**
 * A destructive button that asks first, in place (no modal): the question and the
 * real submit button appear beside it, so it works by keyboard and at phone width.
 */
export function ConfirmActionForm({ action, hidden = {}, trigger, question, confirm, cancel, testId }: Props) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  const [asking, setAsking] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);
  useFormRedirect(state);
  useEffect(() => {
    // Back from "Cancel": keyboard focus returns to the button that asked.
    if (!asking && cancelled.current) triggerRef.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <div className="space-y-2" data-testid={testId}>
        {state.status === "error" && state.formError ? (
          <Alert tone="danger" role="alert">
            {state.formError}
          </Alert>
        ) : null}
        <Button ref={triggerRef} type="button" variant="secondary" size="sm" onClick={() => setAsking(true)}>
          {trigger}
        </Button>
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-2" data-testid={testId} aria-live="polite">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <p className="text-sm text-slate-800">{question}</p>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" size="sm" disabled={pending} autoFocus>
          {confirm}
        </Button>
        <Button
          type="button"
          variant="ghost"
          size="sm"
          onClick={() => {
            cancelled.current = true;
            setAsking(false);
          }}
          disabled={pending}
        >
          {cancel}
        </Button>
      </div>
    </form>
  );
}
