/**
 * The credit level of an organization: a documented formula (docs/credit.md) over named
 * factors, like a match score's reasons. Pure: the facts come from loadCreditFacts
 * (./load-credit-facts.ts); this only weighs them, and says what each factor contributed.
 */

export const creditFactors = [
  "verification",
  "certificates",
  "attendance",
  "outcomesReported",
  "negativeList",
  "complaints",
  "sanctions",
] as const;
export type CreditFactor = (typeof creditFactors)[number];

/** Relative weights: the score is the weighted mean of the factors that apply, times 100. */
export const creditWeights: Record<CreditFactor, number> = {
  verification: 20,
  certificates: 10,
  attendance: 20,
  outcomesReported: 15,
  negativeList: 10,
  complaints: 20,
  sanctions: 15,
};

/** Lowest score of each level; below the last one the level is D. */
export const creditLevelFloors = { A: 85, B: 70, C: 55 } as const;
export type CreditLevel = "A" | "B" | "C" | "D";

/** What one upheld complaint, one warning, one exclusion and one blocked attempt take off their factor (0..1). */
export const creditPenalties = {
  upheldComplaint: 0.5,
  warning: 0.5,
  exclusion: 1,
  negativeListAttempt: 1 / 3,
} as const;

/** "Reliable attendance" needs this many ended meetings and at most this no-show rate. */
export const reliableAttendance = { minMeetings: 3, maxNoShowRate: 0.1 } as const;

export type CreditFacts = {
  kind: "SUPPLIER" | "BUYER";
  suspended: boolean;
  verified: boolean;
  /** Suppliers' certificates on file; `valid` = not expired today. */
  certificates: { total: number; valid: number };
  /** Meetings that ended (not cancelled), those the organization missed, and those it attended and reported. */
  meetings: { ended: number; noShows: number; held: number; reported: number };
  negativeListAttempts: number;
  complaints: { upheld: number };
  sanctions: { warnings: number; exclusions: number };
};

export type CreditFactorResult = {
  factor: CreditFactor;
  /** 0..1, or null when the factor does not apply (left out of the mean). */
  value: number | null;
  weight: number;
  /** Points of the 0..100 score this factor brought (0 when it does not apply). */
  points: number;
  /** What the value was computed from, for the reason text. */
  params: Record<string, number>;
};

export type CreditBadge = "verified" | "reliableAttendance" | "goodStanding";

export type CreditScore = {
  score: number;
  level: CreditLevel;
  factors: CreditFactorResult[];
  /** What counterparts may see: never the score, the factors or complaints. */
  badges: CreditBadge[];
};

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));
const round1 = (value: number) => Math.round(value * 10) / 10;

function factorValues(
  facts: CreditFacts,
): Record<CreditFactor, { value: number | null; params: Record<string, number> }> {
  const { certificates, meetings, complaints, sanctions } = facts;
  return {
    verification: { value: facts.verified ? 1 : 0, params: { verified: facts.verified ? 1 : 0 } },
    // Buyers hold no certificates; a supplier without any has nothing to check either.
    certificates: {
      value: facts.kind === "SUPPLIER" && certificates.total > 0 ? certificates.valid / certificates.total : null,
      params: { valid: certificates.valid, total: certificates.total },
    },
    attendance: {
      value: meetings.ended > 0 ? 1 - meetings.noShows / meetings.ended : null,
      params: { noShows: meetings.noShows, ended: meetings.ended },
    },
    outcomesReported: {
      value: meetings.held > 0 ? meetings.reported / meetings.held : null,
      params: { reported: meetings.reported, held: meetings.held },
    },
    negativeList: {
      value: clamp01(1 - creditPenalties.negativeListAttempt * facts.negativeListAttempts),
      params: { attempts: facts.negativeListAttempts },
    },
    complaints: {
      value: clamp01(1 - creditPenalties.upheldComplaint * complaints.upheld),
      params: { upheld: complaints.upheld },
    },
    sanctions: {
      value: facts.suspended
        ? 0
        : clamp01(1 - creditPenalties.warning * sanctions.warnings - creditPenalties.exclusion * sanctions.exclusions),
      params: { warnings: sanctions.warnings, exclusions: sanctions.exclusions, suspended: facts.suspended ? 1 : 0 },
    },
  };
}

export function creditLevelOf(score: number, suspended: boolean): CreditLevel {
  if (suspended) return "D";
  if (score >= creditLevelFloors.A) return "A";
  if (score >= creditLevelFloors.B) return "B";
  if (score >= creditLevelFloors.C) return "C";
  return "D";
}

/**
 * score = 100 × Σ(weight × value) / Σ(weight) over the factors that apply; level A ≥ 85,
 * B ≥ 70, C ≥ 55, else D, and D whenever the organization is suspended.
 */
export function creditScore(facts: CreditFacts): CreditScore {
  const values = factorValues(facts);
  const applicable = creditFactors.filter((factor) => values[factor].value !== null);
  const totalWeight = applicable.reduce((sum, factor) => sum + creditWeights[factor], 0);
  const factors = creditFactors.map((factor): CreditFactorResult => {
    const { value, params } = values[factor];
    const weight = creditWeights[factor];
    const points = value === null || totalWeight === 0 ? 0 : round1((100 * weight * clamp01(value)) / totalWeight);
    return { factor, value: value === null ? null : Math.round(clamp01(value) * 100) / 100, weight, points, params };
  });
  const exact =
    totalWeight === 0
      ? 0
      : (100 * applicable.reduce((sum, factor) => sum + creditWeights[factor] * clamp01(values[factor].value!), 0)) /
        totalWeight;
  const score = Math.round(exact);
  const level = creditLevelOf(score, facts.suspended);
  return { score, level, factors, badges: creditBadges(facts, level) };
}

/**
 * The badges a counterpart sees. "verified": an organizer checked the documents.
 * "reliableAttendance": at least 3 ended meetings and at most 10% missed. "goodStanding":
 * level A or B with no upheld complaint and no sanction on record.
 */
export function creditBadges(facts: CreditFacts, level: CreditLevel): CreditBadge[] {
  const badges: CreditBadge[] = [];
  if (facts.suspended) return badges;
  if (facts.verified) badges.push("verified");
  const { ended, noShows } = facts.meetings;
  if (ended >= reliableAttendance.minMeetings && noShows / ended <= reliableAttendance.maxNoShowRate) {
    badges.push("reliableAttendance");
  }
  const clean = facts.complaints.upheld === 0 && facts.sanctions.warnings === 0 && facts.sanctions.exclusions === 0;
  if (clean && (level === "A" || level === "B")) badges.push("goodStanding");
  return badges;
}
