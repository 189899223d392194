import { getTranslations } from "next-intl/server";
import type { FollowUpView } from "@/lib/follow-ups/list-follow-ups";
import type { AppLocale } from "@/lib/i18n/routing";
import { Badge } from "@/components/ui/badge";
import { CompleteFollowUpButton } from "./complete-follow-up-button";
import { formatDueDay } from "./due-day";

/** One follow-up: due day (overdue in red), note, who set it, and "mark done" while open. */
export async function FollowUpItem({
  followUp,
  locale,
  today,
  children,
}: {
  followUp: FollowUpView;
  locale: AppLocale;
  today: string;
  children?: React.ReactNode;
}) {
  const t = await getTranslations("followUps");
  const overdue = !followUp.done && followUp.dueOn < today;
  return (
    <li
      className="flex flex-col gap-2 rounded-md border border-slate-200 p-3 sm:flex-row sm:items-start sm:justify-between"
      data-testid="follow-up"
      data-done={followUp.done ? "true" : "false"}
    >
      <div className="min-w-0 space-y-1">
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span className="font-medium text-slate-900 tabular-nums" data-testid="follow-up-due">
            {t("due", { day: formatDueDay(followUp.dueOn, locale) })}
          </span>
          {followUp.done ? <Badge tone="success">{t("done")}</Badge> : null}
          {overdue ? <Badge tone="danger">{t("overdue")}</Badge> : null}
        </div>
        <p className="text-sm break-words whitespace-pre-line text-slate-800" data-testid="follow-up-note">
          {followUp.note}
        </p>
        <p className="text-xs text-slate-500">{t("setBy", { name: followUp.author })}</p>
        {children}
      </div>
      {followUp.done ? null : <CompleteFollowUpButton followUpId={followUp.id} note={followUp.note} />}
    </li>
  );
}
