import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import type { MatchTableStatus } from "@/lib/matching/list-match-table";
import { formatDateTime } from "@/lib/time/format";
import { Badge } from "@/components/ui/badge";
import { RecomputeButton } from "./recompute-button";

const tones = { NONE: "neutral", QUEUED: "warning", RUNNING: "info", DONE: "success", FAILED: "danger" } as const;

/** Where the background computation stands: queued / running / done at a time, pairs and duration. */
export async function MatchTableStatusBox({
  status,
  sessionId,
  locale,
  timeZone,
}: {
  status: MatchTableStatus;
  sessionId: string;
  locale: AppLocale;
  timeZone: string;
}) {
  const t = await getTranslations("matching.admin.status");
  const at = {
    NONE: null,
    QUEUED: status.requestedAt,
    RUNNING: status.startedAt,
    DONE: status.finishedAt,
    FAILED: status.finishedAt ?? status.startedAt,
  }[status.status];
  const time = at ? formatDateTime(at, locale, timeZone) : "";
  return (
    <div
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:flex-row sm:items-center sm:justify-between"
      data-testid="match-table-status"
    >
      <div className="space-y-1" role="status">
        <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">{t("label")}</p>
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-800">
          <Badge tone={tones[status.status]}>{t(status.status, { time })}</Badge>
          {status.status === "DONE" && status.pairs !== null ? (
            <span>{t("details", { pairs: status.pairs, seconds: ((status.durationMs ?? 0) / 1000).toFixed(1) })}</span>
          ) : null}
        </p>
      </div>
      <RecomputeButton sessionId={sessionId} />
    </div>
  );
}
