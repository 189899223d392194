"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import { idleFormState } from "@/lib/actions/form-state";
import { cn } from "@/lib/cn";
import { buttonVariants } from "@/components/ui/button";
import { InlineFormError } from "@/components/ui/form-status";

type Kind = "INTERESTED" | "NOT_RELEVANT";
type Props = {
  requirementId: string;
  supplierOrgId: string;
  current: Kind | null;
  /** Who or what the reaction is about, for screen readers ("Interested in <name>"). */
  name: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

/** "Interested" / "Not relevant" as toggle buttons: pressing the active one clears it. */
export function ReactionButtons({ requirementId, supplierOrgId, current, name, action }: Props) {
  const t = useTranslations("matching.reactions");
  const [state, formAction, pending] = useActionState(action, idleFormState);
  const buttons: { kind: Kind; label: string; aria: string }[] = [
    { kind: "INTERESTED", label: t("interested"), aria: t("interestedLabel", { name }) },
    { kind: "NOT_RELEVANT", label: t("notRelevant"), aria: t("notRelevantLabel", { name }) },
  ];
  return (
    <form action={formAction} className="flex flex-col items-start gap-1" aria-busy={pending || undefined}>
      <input type="hidden" name="requirementId" value={requirementId} />
      <input type="hidden" name="supplierOrgId" value={supplierOrgId} />
      <div role="group" aria-label={t("label")} className="flex flex-wrap gap-2">
        {buttons.map(({ kind, label, aria }) => {
          const pressed = current === kind;
          return (
            <button
              key={kind}
              type="submit"
              name="kind"
              value={pressed ? "" : kind}
              aria-pressed={pressed}
              aria-label={aria}
              disabled={pending}
              className={cn(
                buttonVariants({ size: "sm", variant: "secondary" }),
                pressed &&
                  (kind === "INTERESTED"
                    ? "border-emerald-600 bg-emerald-50 text-emerald-900 hover:bg-emerald-100"
                    : "border-slate-500 bg-slate-100 text-slate-900 hover:bg-slate-200"),
              )}
            >
              {pressed ? <span aria-hidden>{kind === "INTERESTED" ? "★" : "✕"}</span> : null}
              {label}
            </button>
          );
        })}
      </div>
      <InlineFormError state={state} />
    </form>
  );
}
