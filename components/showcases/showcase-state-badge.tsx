import { useTranslations } from "next-intl";
import type { ShowcaseState } from "@/lib/showcases/showcase-state";
import { Badge } from "@/components/ui/badge";

const tones = {
  pending: "warning",
  rejected: "danger",
  cancelled: "neutral",
  scheduled: "info",
  starting: "info",
  live: "danger",
  ended: "neutral",
  replay: "success",
} as const;

/** Scheduled, starting soon, live now (with a pulsing dot), ended, replay, or the review state. */
export function ShowcaseStateBadge({ state }: { state: ShowcaseState }) {
  const t = useTranslations("showcases.state");
  return (
    <Badge tone={tones[state]} data-testid="showcase-state" data-state={state} className="gap-1.5">
      {state === "live" ? <span aria-hidden className="h-2 w-2 animate-pulse rounded-full bg-red-600" /> : null}
      {t(state)}
    </Badge>
  );
}
