import { describe, expect, it } from "vitest";
import { redactForSupplier } from "./redact";
import { scoreOf, weigh } from "./score";
import { scorePair } from "./score-pair";
import type { ScoringContext, ScoringProduct, ScoringRequirement, ScoringSupplier } from "./scoring-inputs";
import { factorValue } from "./factors/factor-value";
import { noFeedback } from "./factors/feedback";
import { defaultMatchWeights } from "./weights";

describe("score", () => {
  it("is round(100 × weighted mean) of the factors that apply", () => {
    const factors = weigh(
      [
        factorValue("category", 1, "category.same"),
        factorValue("text", 0.5, "text.partial"),
        factorValue("moq", 1, "moq.fits"),
        factorValue("price", null, "price.noTarget"),
        factorValue("verified", 0, "verified.no"),
      ],
      defaultMatchWeights,
    );
    // (30 × 0.5 + 10 × 1 + 7 × 0) / (30 + 10 + 7) = 25 / 47 = 0.5319
    expect(scoreOf(factors)).toBe(53);
    expect(factors.map((f) => f.weight)).toEqual([0, 30, 10, 12, 7]);
  });
  it("is 100 when nothing weighted applies", () => {
    expect(scoreOf(weigh([factorValue("category", 1, "category.same")], defaultMatchWeights))).toBe(100);
  });
});

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
  categoryId: "down",
  termCount: 4,
  quantity: 2000,
  unit: "piece",
  targetPriceMinor: 4550n,
  currency: "USD",
  requiredCertifications: ["EAC"],
  neededBy: "2026-09-01",
};
const supplier: ScoringSupplier = {
  id: "s1",
  city: "Hangzhou",
  timeZone: "Asia/Shanghai",
  languages: ["zh", "ru"],
  verified: true,
  certificates: [{ typeCode: "EAC", expiresOn: "2028-06-30" }],
  outcomes: { ORDER_PLACED: 0, FOLLOW_UP: 0, NO_DEAL: 0 },
};
const product = (id: string, overrides: Partial<ScoringProduct>): ScoringProduct => ({
  id,
  supplierOrgId: "s1",
  categoryId: "down",
  matchedTerms: 4,
  moq: 300,
  moqUnit: "piece",
  priceMinMinor: 18550n,
  currency: "CNY",
  certifications: [],
  ...overrides,
});

describe("scorePair", () => {
  it("takes the best product's factors and ranks the products", () => {
    const pair = scorePair(
      requirement,
      { id: "b1", timeZone: "Europe/Moscow", languages: ["ru"] },
      supplier,
      [product("weak", { matchedTerms: 1 }), product("best", {}), product("pricey", { priceMinMinor: 60000n })],
      noFeedback,
      context,
    );
    expect(pair.productIds).toEqual(["best", "pricey", "weak"]);
    // text 1 (30), certifications 1 (15), price 1 (12), moq 1 (10), time zone 4/9 (8), language 1 (8), verified 1 (7);
    // history and feedback do not apply: (82 + 8 × 0.444) / 90 = 0.9506
    expect(pair.score).toBe(95);
    expect(pair.factors.find((f) => f.factor === "timeZone")?.reason).toEqual({
      key: "timeZone.overlap",
      params: { hours: 4 },
    });
  });
});

describe("redactForSupplier", () => {
  it("removes the target price from factors and score", () => {
    const pair = scorePair(
      requirement,
      { id: "b1", timeZone: "Europe/Moscow", languages: ["ru"] },
      supplier,
      [product("p", { priceMinMinor: 40000n })],
      { dismissedSuppliers: new Set(["s1"]), dismissedCategoryCities: new Set() },
      context,
    );
    expect(JSON.stringify(pair.factors)).toContain("45.50");
    const redacted = redactForSupplier(pair.factors);
    const json = JSON.stringify(redacted);
    expect(json).not.toContain("45.50");
    expect(json).not.toContain("4550");
    expect(redacted.factors.find((f) => f.factor === "price")).toEqual({
      factor: "price",
      value: null,
      weight: 12,
      reason: { key: "price.private" },
    });
    expect(redacted.factors.find((f) => f.factor === "feedback")?.reason).toEqual({ key: "feedback.private" });
    // Without price and feedback: (30 + 15 + 10 + 8 × 0.444 + 8 + 7) / 78 = 0.9431
    expect(redacted.score).toBe(94);
  });
});
