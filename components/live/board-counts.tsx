"use client";

import { useTranslations } from "next-intl";
import type { BoardCounts as Counts } from "@/lib/live/board-types";
import { cn } from "@/lib/cn";

/** The day at a glance: what is running, who is in, what went wrong. */
export function BoardCounts({ counts }: { counts: Counts }) {
  const t = useTranslations("console.live.counts");
  const tiles = [
    { key: "inProgress", label: t("inProgress"), value: String(counts.inProgress), alert: false },
    { key: "people", label: t("people"), value: String(counts.peopleInRooms), alert: false },
    { key: "late", label: t("late"), value: String(counts.late), alert: counts.late > 0 },
    { key: "noShows", label: t("noShows"), value: String(counts.noShows), alert: counts.noShows > 0 },
    {
      key: "interpreters",
      label: t("interpreters"),
      value: `${counts.interpretersBusy} / ${counts.interpretersFree}`,
      alert: false,
    },
    { key: "meetings", label: t("meetings"), value: `${counts.finished} / ${counts.meetings}`, alert: false },
  ];
  return (
    <section aria-label={t("label")}>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-6">
        {tiles.map((tile) => (
          <div
            key={tile.key}
            className={cn(
              "flex flex-col-reverse justify-end rounded-lg border bg-white p-3 shadow-sm",
              tile.alert ? "border-amber-300 bg-amber-50" : "border-slate-200",
            )}
          >
            <dt className="text-xs text-slate-600">{tile.label}</dt>
            <dd className="text-2xl font-semibold text-slate-900 tabular-nums" data-testid={`live-count-${tile.key}`}>
              {tile.value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
