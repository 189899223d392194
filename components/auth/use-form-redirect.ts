"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import type { FormState } from "@/lib/actions/form-state";

/** Follows a successful action's `redirectTo` (a full, locale-prefixed path). */
export function useFormRedirect(state: FormState): void {
  const router = useRouter();
  useEffect(() => {
    if (state.status === "success" && state.redirectTo) router.push(state.redirectTo);
  }, [state, router]);
}
