/**
 * Why a supplier-buyer pair should meet, strongest first. One pair can have
 * several reasons; the strongest counts.
 */
export type PairSource = "mutual" | "proposal" | "request";

const tierBase: Record<PairSource, number> = { mutual: 300, proposal: 200, request: 100 };

/** Each step of the organizer's nudge (−2..+2) is worth this much weight. */
export const priorityStep = 55;

/**
 * The weight the solver maximizes. Tiers are 100 apart and the match score
 * (0–100) adds at most 50, so without a nudge mutual interest always beats an
 * organizer proposal, which beats one side's request, and the score orders pairs
 * within a tier. A nudge of ±1 moves a pair about half a tier, ±2 a little over
 * a whole tier: the organizer can lift an important proposal above
 * mutual-interest pairs of the same score, or push it below plain requests.
 */
export function pairWeight({
  source,
  score,
  adjustment = 0,
}: {
  source: PairSource;
  score: number | null;
  adjustment?: number;
}): number {
  const clampedScore = Math.max(0, Math.min(100, score ?? 0));
  const nudge = Math.max(-2, Math.min(2, Math.trunc(adjustment)));
  return Math.max(1, tierBase[source] + Math.round(clampedScore / 2) + nudge * priorityStep);
}

export const sourceRank: Record<PairSource, number> = { mutual: 3, proposal: 2, request: 1 };
