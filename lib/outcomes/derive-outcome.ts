import type { MeetingOutcome, MeetingOutcomeKind } from "@/lib/generated/prisma/enums";

const progress: Record<MeetingOutcomeKind, MeetingOutcome> = {
  ORDER_INTENT: "ORDER_PLACED",
  FOLLOW_UP: "FOLLOW_UP",
  SAMPLE_REQUESTED: "FOLLOW_UP",
  QUOTATION_SENT: "FOLLOW_UP",
  NO_INTEREST: "NO_DEAL",
};
const rank: Record<MeetingOutcome, number> = { NO_DEAL: 0, FOLLOW_UP: 1, ORDER_PLACED: 2 };

/**
 * Meeting.outcome (the matching history factor) from the sides' reports: the most
 * advanced one wins, since a side that sees business will pursue it whatever the
 * other wrote. Order intent -> ORDER_PLACED; follow-up, sample or quotation ->
 * FOLLOW_UP; only "no interest" (from one or both sides) -> NO_DEAL; no report -> null.
 * A later report from the other side updates it.
 */
export function deriveMeetingOutcome(kinds: MeetingOutcomeKind[]): MeetingOutcome | null {
  let best: MeetingOutcome | null = null;
  for (const kind of kinds) {
    const outcome = progress[kind];
    if (best === null || rank[outcome] > rank[best]) best = outcome;
  }
  return best;
}
