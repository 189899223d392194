import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/cn";

/** The 0-100 match score as a labelled meter: the number, and a bar for a quick glance. */
export async function ScoreMeter({ score, className }: { score: number; className?: string }) {
  const t = await getTranslations("matching.score");
  const value = Math.max(0, Math.min(100, Math.round(score)));
  const tone = value >= 70 ? "bg-emerald-600" : value >= 40 ? "bg-amber-500" : "bg-slate-400";
  return (
    <div className={cn("w-32 shrink-0 space-y-1", className)} data-testid="match-score">
      <div className="flex items-baseline justify-between gap-2 text-xs text-slate-600">
        <span>{t("label")}</span>
        <span className="text-base font-semibold text-slate-900 tabular-nums">{value}</span>
      </div>
      <div
        role="meter"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-label={t("label")}
        aria-valuetext={t("value", { score: value })}
        className="h-2 overflow-hidden rounded-full bg-slate-200"
      >
        <div className={cn("h-full rounded-full", tone)} style={{ width: `${value}%` }} />
      </div>
    </div>
  );
}
