"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createCalendarFeedAction } from "@/app/[locale]/settings/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyField } from "./copy-field";

/**
 * Creates (or, when one exists, regenerates) the private calendar feed. The URL is
 * shown once here: only its hash is stored, so later it can only be replaced.
 */
export function CalendarFeedForm({ active }: { active: boolean }) {
  const t = useTranslations("settings.calendar");
  const [state, formAction, pending] = useActionState(createCalendarFeedAction, idleFormState);
  const url = state.status === "success" ? state.message : undefined;
  return (
    <div className="space-y-3">
      {url ? (
        <Alert tone="warning" role="status" className="space-y-3" data-testid="new-feed">
          <p className="font-medium">{t("createdWarning")}</p>
          <CopyField id="feed-url" label={t("url")} value={url} copyLabel={t("copy")} copiedLabel={t("copied")} />
        </Alert>
      ) : null}
      {state.status === "error" && state.formError ? (
        <Alert tone="danger" role="alert">
          {state.formError}
        </Alert>
      ) : null}
      <form action={formAction} data-testid="calendar-feed-form">
        <Button type="submit" variant={active || url ? "secondary" : "primary"} disabled={pending}>
          {active || url ? t("regenerate") : t("create")}
        </Button>
      </form>
      {active || url ? <p className="text-xs text-slate-500">{t("regenerateHint")}</p> : null}
    </div>
  );
}
