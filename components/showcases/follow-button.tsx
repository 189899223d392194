"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { followShowcaseAction } from "@/app/[locale]/showcases/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { InlineFormError } from "@/components/ui/form-status";
import { Button } from "@/components/ui/button";

/** Follow (reminder mail 15 minutes before the start) or unfollow a showcase. */
export function FollowButton({ showcaseId, following }: { showcaseId: string; following: boolean }) {
  const t = useTranslations("showcases.programme");
  const router = useRouter();
  const [state, formAction, pending] = useActionState(followShowcaseAction, idleFormState);
  useEffect(() => {
    if (state.status === "success") router.refresh();
  }, [state, router]);
  return (
    <form action={formAction} className="inline-flex flex-col gap-1">
      <input type="hidden" name="showcaseId" value={showcaseId} />
      <input type="hidden" name="follow" value={following ? "0" : "1"} />
      <Button
        type="submit"
        variant={following ? "secondary" : "primary"}
        size="sm"
        disabled={pending}
        aria-pressed={following}
        data-testid="follow-showcase"
      >
        {following ? t("unfollow") : t("follow")}
      </Button>
      {state.status === "success" && state.message ? (
        <p role="status" className="text-xs text-slate-600">
          {state.message}
        </p>
      ) : null}
      <InlineFormError state={state} />
    </form>
  );
}
