/** What a server action returns to `useActionState`: field errors keep the user's input. */
export type FormState =
  | { status: "idle" }
  | { status: "success"; message?: string; redirectTo?: string }
  | {
      status: "error";
      formError?: string;
      fieldErrors: Record<string, string>;
      values: Record<string, string>;
    };

export const idleFormState: FormState = { status: "idle" };
