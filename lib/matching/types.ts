/**
 * The shapes matching produces and the UI shows. Scoring (factors, recommendations,
 * the background match table) and the reactions/proposals/UI are built against
 * these types; change them in one place.
 */

/**
 * Named factors of a match score. "category" is required: a supplier without a
 * visible product in the requirement's category (or a subcategory) is never a match.
 */
export const matchFactors = [
  "category",
  "text",
  "moq",
  "price",
  "certifications",
  "timeZone",
  "language",
  "verified",
  "history",
  "feedback",
  "credit",
] as const;
export type MatchFactor = (typeof matchFactors)[number];

/** Factors with a tunable weight (the required category gate has none). */
export type WeightedFactor = Exclude<MatchFactor, "category">;
export type MatchWeights = Record<WeightedFactor, number>;

/** A reason the viewer reads: a key in the `matchReasons` message namespace and its ICU parameters. */
export type Reason = { key: string; params?: Record<string, string | number> };

export type FactorResult = {
  factor: MatchFactor;
  /** 0..1; null when the factor does not apply (e.g. no target price): left out of the score. */
  value: number | null;
  weight: number;
  reason: Reason;
};

export type LocalizedName = { nameEn: string | null; nameZh: string | null; nameRu: string | null };

export type ReactionState = {
  buyer: "INTERESTED" | "NOT_RELEVANT" | null;
  supplier: "INTERESTED" | "NOT_RELEVANT" | null;
  /** Both sides INTERESTED. */
  mutual: boolean;
};

export type ProposalSummary = { id: string; note: string | null; createdAt: Date };

export type MatchedProduct = LocalizedName & { id: string; thumbKey: string | null };

/** One supplier recommended for one requirement (buyer and organizer views). */
export type SupplierRecommendation = {
  supplier: LocalizedName & { id: string; city: string; timeZone: string; verified: boolean };
  score: number; // 0..100
  factors: FactorResult[];
  /** Best matching products first (at most 3). */
  products: MatchedProduct[];
  reactions: ReactionState;
  proposal: ProposalSummary | null;
};

/** One buyer requirement recommended to a supplier ("buyers looking for what you make"). No target price. */
export type BuyerRecommendation = {
  requirement: {
    id: string;
    textEn: string | null;
    textZh: string | null;
    textRu: string | null;
    quantity: number;
    unit: string;
    requiredCertifications: string[];
    incoterm: string | null;
    destinationCity: string | null;
    neededBy: Date | null;
    category: LocalizedName & { id: string };
  };
  buyer: LocalizedName & { id: string; city: string; timeZone: string };
  session: { id: string; titleEn: string; titleZh: string; titleRu: string; startDate: Date };
  score: number;
  factors: FactorResult[]; // already redacted for the supplier
  products: MatchedProduct[]; // the supplier's own products that fit
  reactions: ReactionState;
  proposal: ProposalSummary | null;
};
