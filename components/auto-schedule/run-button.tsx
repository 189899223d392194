"use client";

import { useActionState, useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { runAutoScheduleAction } from "@/app/[locale]/admin/sessions/[sessionId]/schedule/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

/** Seconds since `running` turned true, ticking while it stays true. */
function useElapsed(running: boolean): number {
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    if (!running) return;
    const started = Date.now();
    const timer = setInterval(() => setElapsed(Math.floor((Date.now() - started) / 1000)), 500);
    return () => {
      clearInterval(timer);
      setElapsed(0);
    };
  }, [running]);
  return elapsed;
}

/** "Auto-schedule": computes a new draft; shows progress while the server builds and solves. */
export function RunAutoScheduleButton({ sessionId, hasOpenDraft }: { sessionId: string; hasOpenDraft: boolean }) {
  const t = useTranslations("autoSchedule.run");
  const [state, formAction, pending] = useActionState(runAutoScheduleAction, idleFormState);
  const elapsed = useElapsed(pending);
  return (
    <form action={formAction} className="space-y-3" aria-busy={pending}>
      <input type="hidden" name="sessionId" value={sessionId} />
      {pending ? null : <FormStatus state={state} />}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending} data-testid="run-auto-schedule">
          {pending ? t("running") : hasOpenDraft ? t("rerun") : t("start")}
        </Button>
        {pending ? (
          <div role="status" className="flex min-w-0 items-center gap-3 text-sm text-slate-700" data-testid="solving">
            <span className="h-2 w-40 overflow-hidden rounded bg-slate-200" aria-hidden>
              <span className="block h-2 w-1/3 animate-pulse rounded bg-brand-600" />
            </span>
            {t("progress", { seconds: elapsed })}
          </div>
        ) : hasOpenDraft ? (
          <p className="text-sm text-slate-500">{t("rerunHint")}</p>
        ) : null}
      </div>
    </form>
  );
}
