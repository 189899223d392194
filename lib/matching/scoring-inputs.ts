import type { Currency, MeetingOutcome } from "@/lib/generated/prisma/enums";
import type { MatchWeights } from "./types";

/**
 * What the factor functions read. Both the live recommendations (candidates from one
 * SQL statement) and the background match table (everything loaded once) fill these
 * plain shapes, so a pair scores the same on either path.
 */
export type ScoringRequirement = {
  id: string;
  buyerOrgId: string;
  categoryId: string;
  /** Count of the requirement's searchTerms (the denominator of the text factor). */
  termCount: number;
  quantity: number;
  unit: string;
  targetPriceMinor: bigint | null;
  currency: Currency | null;
  requiredCertifications: string[];
  /** YYYY-MM-DD; certificates must be valid on this day (today when the buyer gave none). */
  neededBy: string | null;
};

export type ScoringBuyer = { id: string; timeZone: string; languages: string[] };

export type SupplierCertificate = { typeCode: string; expiresOn: string | null };

export type OutcomeCounts = Record<MeetingOutcome, number>;

export type ScoringSupplier = {
  id: string;
  city: string;
  timeZone: string;
  languages: string[];
  verified: boolean;
  certificates: SupplierCertificate[];
  outcomes: OutcomeCounts;
  /** The credit score / 100 (lib/credit); absent when not loaded: the credit factor is left out. */
  credit?: number | null;
};

export type ScoringProduct = {
  id: string;
  supplierOrgId: string;
  categoryId: string;
  /** How many of the requirement's searchTerms this product's searchTerms contain. */
  matchedTerms: number;
  /**
   * The product's search relevance to the requirement's text (requirement-relevance-sql.ts),
   * when the path computed it; orders a supplier's products (score-pair.ts). Without
   * it, the share of matched terms does.
   */
  relevance?: number;
  moq: number;
  moqUnit: string;
  priceMinMinor: bigint | null;
  currency: Currency;
  certifications: string[];
};

/** The buyer's "not relevant" marks this factor learns from (side BUYER, other requirements too). */
export type BuyerFeedback = {
  /** Suppliers the buyer marked not relevant for another of its requirements. */
  dismissedSuppliers: ReadonlySet<string>;
  /** "categoryId|city" of suppliers the buyer marked not relevant, per requirement category. */
  dismissedCategoryCities: ReadonlySet<string>;
};

export type ScoringContext = {
  weights: MatchWeights;
  /** perUsdCentMicros per currency (USD always present). */
  rates: Partial<Record<Currency, bigint>>;
  /** The session's first day, YYYY-MM-DD (working hours are compared on it). */
  sessionDay: string;
  /** Today, YYYY-MM-DD (UTC), for certificates when a requirement has no needed-by date. */
  today: string;
  /** Languages of each active interpreter. */
  interpreterLanguages: string[][];
};
