"use client";

import { startTransition, type FormEvent } from "react";

/**
 * React resets a form after a `<form action>` finishes, which would empty the
 * file inputs after an error. Dispatching the action ourselves keeps every
 * value, including chosen files, so the user only fixes what was wrong.
 */
export function useSubmitWithoutReset(dispatch: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
}
