"use client";

import { useActionState, useEffect, type ComponentProps, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import type { FormState } from "@/lib/actions/form-state";
import { idleFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { InlineFormError } from "@/components/ui/form-status";
import { useFormRedirect } from "@/components/auth/use-form-redirect";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

type Props = Omit<ComponentProps<typeof Button>, "type" | "disabled" | "children" | "formAction"> & {
  action: Action;
  /** Hidden fields sent with the press (an array sends the name once per value). */
  fields: Record<string, string | string[]>;
  children: ReactNode;
  /** The label while the action runs (default: the same label, disabled). */
  pendingLabel?: ReactNode;
  /** After success: follow the action's `redirectTo`, or re-render the page in place. */
  onSuccess?: "redirect" | "refresh";
  /** What to announce after success (the action's own message when it is a function of the state). */
  successNote?: ReactNode | ((state: Extract<FormState, { status: "success" }>) => ReactNode);
  /** Classes of the form (its layout in a row or card). */
  formClassName?: string;
};

/**
 * The one-button form every single-press action uses: its hidden fields, the button
 * (disabled while the action runs) and, under it, the refusal in the viewer's language.
 */
export function ActionButton({
  action,
  fields,
  children,
  pendingLabel,
  onSuccess,
  successNote,
  formClassName = "inline-flex flex-col items-start gap-1",
  size = "sm",
  ...buttonProps
}: Props) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  useFormRedirect(onSuccess === "redirect" ? state : idleFormState);
  const router = useRouter();
  useEffect(() => {
    if (onSuccess === "refresh" && state.status === "success") router.refresh();
  }, [state, router, onSuccess]);
  const note = state.status === "success" && successNote !== undefined ? resolveNote(successNote, state) : null;
  return (
    <form action={formAction} className={formClassName}>
      {Object.entries(fields).flatMap(([name, value]) =>
        (Array.isArray(value) ? value : [value]).map((item) => (
          <input key={`${name}=${item}`} type="hidden" name={name} value={item} />
        )),
      )}
      <Button type="submit" size={size} disabled={pending} {...buttonProps}>
        {pending && pendingLabel !== undefined ? pendingLabel : children}
      </Button>
      {note ? (
        <p role="status" className="text-sm text-emerald-800">
          {note}
        </p>
      ) : null}
      <InlineFormError state={state} />
    </form>
  );
}

function resolveNote(note: Props["successNote"], state: Extract<FormState, { status: "success" }>): ReactNode {
  return typeof note === "function" ? note(state) : note;
}
