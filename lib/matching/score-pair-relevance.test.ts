import { describe, expect, it } from "vitest";
import { relevanceOf, scorePair } from "./score-pair";
import type { ScoringContext, ScoringProduct, ScoringRequirement, ScoringSupplier } from "./scoring-inputs";
import { noFeedback } from "./factors/feedback";
import { defaultMatchWeights } from "./weights";

// A 100% cotton twill requirement (5,000 m at 4.50 CNY, OEKO-TEX) and a fabric mill
// listing a cotton twill (pricier, no OEKO-TEX) and a polyester pongee (cheap, OEKO-TEX).
const context: ScoringContext = {
  weights: defaultMatchWeights,
  rates: { USD: 1_000_000n, CNY: 7_200_000n, RUB: 90_000_000n },
  sessionDay: "2026-06-01",
  today: "2026-05-01",
  interpreterLanguages: [],
};
const requirement: ScoringRequirement = {
  id: "r1",
  buyerOrgId: "b1",
  categoryId: "fabrics",
  termCount: 6,
  quantity: 5000,
  unit: "meter",
  targetPriceMinor: 450n,
  currency: "CNY",
  requiredCertifications: ["OEKO-TEX"],
  neededBy: "2026-09-01",
};
const mill: ScoringSupplier = {
  id: "mill",
  city: "Shaoxing",
  timeZone: "Asia/Shanghai",
  languages: ["zh", "ru"],
  verified: true,
  certificates: [],
  outcomes: { ORDER_PLACED: 0, FOLLOW_UP: 0, NO_DEAL: 0 },
};
const fabric = (id: string, overrides: Partial<ScoringProduct>): ScoringProduct => ({
  id,
  supplierOrgId: "mill",
  categoryId: "fabrics",
  matchedTerms: 0,
  moq: 1000,
  moqUnit: "meter",
  priceMinMinor: 1450n,
  currency: "CNY",
  certifications: [],
  ...overrides,
});
const twill = fabric("twill", { matchedTerms: 5, relevance: 1.6 });
const pongee = fabric("pongee", {
  matchedTerms: 3,
  relevance: 1.1,
  moq: 3000,
  priceMinMinor: 380n,
  certifications: ["OEKO-TEX"],
});
const buyer = { id: "b1", timeZone: "Europe/Moscow", languages: ["ru"] };

describe("a supplier's best product", () => {
  it("is the one that matches the requirement best, and the pair's reasons are its terms", () => {
    const pair = scorePair(requirement, buyer, mill, [pongee, twill], noFeedback, context);
    expect(pair.productIds).toEqual(["twill", "pongee"]);
    const moq = pair.factors.find((factor) => factor.factor === "moq");
    expect(moq?.reason.params).toMatchObject({ moq: 1000 });
    expect(pair.factors.find((factor) => factor.factor === "price")?.value).toBeLessThan(1);
  });

  it("is chosen by its factors among products that match equally well", () => {
    const cheapTwill = fabric("cheap-twill", { matchedTerms: 5, relevance: 1.6, priceMinMinor: 420n });
    expect(scorePair(requirement, buyer, mill, [twill, cheapTwill], noFeedback, context).productIds).toEqual([
      "cheap-twill",
      "twill",
    ]);
  });

  it("without a search relevance, is the one holding most of the requirement's words", () => {
    const [plainTwill, plainPongee] = [twill, pongee].map(({ relevance: _r, ...product }) => product);
    expect(relevanceOf(plainTwill, requirement)).toBeCloseTo(5 / 6, 12);
    expect(relevanceOf(plainPongee, { termCount: 0 })).toBe(0);
    expect(scorePair(requirement, buyer, mill, [plainPongee, plainTwill], noFeedback, context).productIds).toEqual([
      "twill",
      "pongee",
    ]);
  });
});
