import { getTranslations } from "next-intl/server";
import { sessionPhase, type SessionLifecycleInput, type SessionPhase } from "@/lib/fairs/lifecycle";
import { Badge } from "@/components/ui/badge";

const phaseTone: Record<SessionPhase, "neutral" | "success" | "warning" | "info"> = {
  draft: "warning",
  open: "info",
  closed: "neutral",
  live: "success",
  ended: "neutral",
  archived: "neutral",
};

/** Where a session stands now (lib/fairs/lifecycle.ts), shown wherever a session is named. */
export async function SessionPhaseBadge({ session, now }: { session: SessionLifecycleInput; now: Date }) {
  const t = await getTranslations("common.phase");
  const phase = sessionPhase(session, now);
  return (
    <Badge tone={phaseTone[phase]} data-phase={phase}>
      {t(phase)}
    </Badge>
  );
}
