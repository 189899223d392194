import type { Currency, MatchSide, MeetingOutcome, MeetingOutcomeKind } from "@/lib/generated/prisma/enums";

export type TotalsMeeting = {
  outcome: MeetingOutcome | null;
  supplierNoShow: boolean;
  buyerNoShow: boolean;
  reports: {
    side: MatchSide;
    outcome: MeetingOutcomeKind;
    estimatedValueMinor: bigint | null;
    currency: Currency | null;
  }[];
};

export const outcomeFilters = ["ORDER_PLACED", "FOLLOW_UP", "NO_DEAL", "NOT_REPORTED", "NO_SHOW"] as const;
export type OutcomeFilter = (typeof outcomeFilters)[number];

export function matchesOutcomeFilter(meeting: TotalsMeeting, filter: OutcomeFilter | undefined): boolean {
  if (!filter) return true;
  if (filter === "NO_SHOW") return meeting.supplierNoShow || meeting.buyerNoShow;
  if (filter === "NOT_REPORTED") return meeting.reports.length === 0;
  return meeting.outcome === filter;
}

/**
 * The order estimate of one meeting: the buyer's if it gave one (it places the
 * order), else the supplier's; never both, so a meeting is not counted twice.
 */
export function meetingOrderEstimate(meeting: TotalsMeeting) {
  const intents = meeting.reports.filter((r) => r.outcome === "ORDER_INTENT" && r.estimatedValueMinor && r.currency);
  const chosen = intents.find((r) => r.side === "BUYER") ?? intents[0];
  return chosen ? { minor: chosen.estimatedValueMinor!, currency: chosen.currency! } : null;
}

/**
 * A session's figures for organizers. "Held": the slot began and either neither
 * side was a no-show or a side reported an outcome (a late arrival still met). Order intents and follow-ups count meetings by their derived
 * outcome; estimated values are summed per currency (never converted).
 */
export function sessionOutcomeTotals(meetings: TotalsMeeting[]) {
  const valueByCurrency = new Map<Currency, bigint>();
  for (const meeting of meetings) {
    const estimate = meetingOrderEstimate(meeting);
    if (estimate)
      valueByCurrency.set(estimate.currency, (valueByCurrency.get(estimate.currency) ?? 0n) + estimate.minor);
  }
  const count = (test: (m: TotalsMeeting) => boolean) => meetings.filter(test).length;
  return {
    held: count((m) => m.reports.length > 0 || (!m.supplierNoShow && !m.buyerNoShow)),
    noShows: count((m) => m.supplierNoShow || m.buyerNoShow),
    orderIntents: count((m) => m.outcome === "ORDER_PLACED"),
    followUps: count((m) => m.outcome === "FOLLOW_UP"),
    noDeals: count((m) => m.outcome === "NO_DEAL"),
    notReported: count((m) => m.reports.length === 0),
    valueByCurrency: [...valueByCurrency.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, minor]) => ({ currency, minor })),
  };
}
export type SessionOutcomeTotals = ReturnType<typeof sessionOutcomeTotals>;
