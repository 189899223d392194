import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { draftView } from "@/lib/auto-schedule/draft-view";
import { getLatestDraft } from "@/lib/auto-schedule/load-draft";
import { listSessionProposals } from "@/lib/auto-schedule/set-pair-priority";
import { loadConsoleSession } from "@/lib/fairs/load-console-session";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatDateTime } from "@/lib/time/format";
import { Alert } from "@/components/ui/alert";
import { Card, CardTitle } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { DraftRows } from "@/components/auto-schedule/draft-rows";
import { PriorityForm } from "@/components/auto-schedule/priority-form";
import { PublishDraftButton } from "@/components/auto-schedule/publish-draft-button";
import { RunAutoScheduleButton } from "@/components/auto-schedule/run-button";
import { isSessionOver, toLifecycleInput } from "@/lib/fairs/lifecycle";
import { SessionHeader } from "@/components/console/session-header";

type Props = { params: Promise<{ locale: AppLocale; sessionId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "autoSchedule" });
  return { title: t("title") };
}

export const dynamic = "force-dynamic";

/** Auto-schedule a session: run the solver, review and edit the draft, publish it in one go. */
export default async function AutoSchedulePage({ params }: Props) {
  const { locale, sessionId } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, `/admin/sessions/${sessionId}/schedule`, "oversee:meeting:any");
  if (!actor) return <Forbidden />;
  const session = await loadConsoleSession(actor, sessionId);
  const [draft, proposals] = await Promise.all([
    getLatestDraft(actor, session.id),
    listSessionProposals(actor, session.id),
  ]);
  const t = await getTranslations("autoSchedule");
  const tErrors = await getTranslations("errors");
  const view = draft ? draftView(draft, locale, actor.timeZone, session.fair.timeZone) : null;
  const open = draft?.status === "OPEN";

  return (
    <div className="space-y-6">
      <SessionHeader session={session} locale={locale} tab="schedule" />
      <Card className="space-y-3" aria-labelledby="run-heading">
        <CardTitle id="run-heading">{t("title")}</CardTitle>
        <p className="max-w-3xl text-sm text-slate-600">{t("intro")}</p>
        {isSessionOver(toLifecycleInput(session), new Date()) ? (
          <Alert tone="info" role="note">
            {tErrors("sessionEnded")}
          </Alert>
        ) : (
          <RunAutoScheduleButton sessionId={session.id} hasOpenDraft={open} />
        )}
      </Card>

      {proposals.length > 0 ? (
        <Card className="space-y-3" aria-labelledby="priority-heading">
          <details>
            <summary className="cursor-pointer">
              <CardTitle id="priority-heading" className="inline">
                {t("priority.heading", { count: proposals.length })}
              </CardTitle>
            </summary>
            <p className="mt-2 max-w-3xl text-sm text-slate-600">{t("priority.intro")}</p>
            <ul className="mt-3 divide-y divide-slate-100" data-testid="proposal-priorities">
              {proposals.map((proposal) => {
                const pair = `${localized(proposal.supplierOrg, "name", locale)} — ${localized(proposal.buyerOrg, "name", locale)}`;
                return (
                  <li
                    key={proposal.id}
                    className="flex flex-col gap-2 py-2 sm:flex-row sm:items-center sm:justify-between"
                  >
                    <span className="break-words text-sm">{pair}</span>
                    <PriorityForm proposalId={proposal.id} value={proposal.priorityAdjustment} pair={pair} />
                  </li>
                );
              })}
            </ul>
          </details>
        </Card>
      ) : null}

      {draft && view ? (
        <>
          <Card className="space-y-3" aria-labelledby="draft-heading" data-testid="draft-summary">
            <CardTitle id="draft-heading">{open ? t("draft.openHeading") : t("draft.publishedHeading")}</CardTitle>
            <p className="text-sm text-slate-600">
              {t("draft.summary", {
                created: formatDateTime(draft.createdAt, locale, actor.timeZone),
                ms: draft.solveMs,
                placed: view.placed.length,
                unscheduled: view.unscheduled.length,
              })}
            </p>
            {draft.status === "PUBLISHED" && draft.publishedAt ? (
              <Alert tone="success" role="status">
                {t("draft.publishedAt", { date: formatDateTime(draft.publishedAt, locale, actor.timeZone) })}
              </Alert>
            ) : null}
            {draft.status === "DISCARDED" ? <Alert tone="warning">{t("draft.discarded")}</Alert> : null}
            <PublishDraftButton draftId={draft.id} count={view.placed.length} open={open} />
            {open ? <p className="text-xs text-slate-500">{t("publish.hint")}</p> : null}
          </Card>
          <Card className="space-y-2" aria-labelledby="placed-heading">
            <CardTitle id="placed-heading">{t("draft.placed", { count: view.placed.length })}</CardTitle>
            {actor.timeZone !== session.fair.timeZone ? (
              <p className="text-xs text-slate-500">
                {t("draft.timesHint", { zone: actor.timeZone, fairZone: session.fair.timeZone })}
              </p>
            ) : null}
            {view.placed.length === 0 ? (
              <p className="text-sm text-slate-500">{t("draft.nonePlaced")}</p>
            ) : (
              <DraftRows draftId={draft.id} rows={view.placed} slots={view.slots} editable={open} kind="placed" />
            )}
          </Card>
          <Card className="space-y-2" aria-labelledby="unscheduled-heading">
            <CardTitle id="unscheduled-heading">{t("draft.unscheduled", { count: view.unscheduled.length })}</CardTitle>
            {view.unscheduled.length === 0 ? (
              <p className="text-sm text-slate-500">{t("draft.noneUnscheduled")}</p>
            ) : (
              <DraftRows
                draftId={draft.id}
                rows={view.unscheduled}
                slots={view.slots}
                editable={open}
                kind="unscheduled"
              />
            )}
          </Card>
        </>
      ) : (
        <Card>
          <p className="text-slate-600" data-testid="no-draft">
            {t("draft.none")}
          </p>
        </Card>
      )}
    </div>
  );
}
