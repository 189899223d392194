import { describe, expect, it } from "vitest";
import { creditScore, creditWeights, type CreditFacts } from "./credit-score";

const clean: CreditFacts = {
  kind: "SUPPLIER",
  suspended: false,
  verified: true,
  certificates: { total: 2, valid: 2 },
  meetings: { ended: 10, noShows: 0, held: 10, reported: 10 },
  negativeListAttempts: 0,
  complaints: { upheld: 0 },
  sanctions: { warnings: 0, exclusions: 0 },
};

const points = (result: ReturnType<typeof creditScore>) =>
  Object.fromEntries(result.factors.map((factor) => [factor.factor, factor.points]));

describe("creditScore", () => {
  it("gives a spotless, verified supplier 100, level A and every badge", () => {
    const result = creditScore(clean);
    expect(result.score).toBe(100);
    expect(result.level).toBe("A");
    expect(result.badges).toEqual(["verified", "reliableAttendance", "goodStanding"]);
    // Each factor's contribution is its weight's share of 100.
    expect(points(result)).toEqual({
      verification: 18.2,
      certificates: 9.1,
      attendance: 18.2,
      outcomesReported: 13.6,
      negativeList: 9.1,
      complaints: 18.2,
      sanctions: 13.6,
    });
  });

  it("leaves out factors that do not apply: a new buyer has no certificates and no meetings", () => {
    const result = creditScore({
      ...clean,
      kind: "BUYER",
      verified: false,
      certificates: { total: 0, valid: 0 },
      meetings: { ended: 0, noShows: 0, held: 0, reported: 0 },
    });
    const applied = result.factors.filter((factor) => factor.value !== null).map((factor) => factor.factor);
    expect(applied).toEqual(["verification", "negativeList", "complaints", "sanctions"]);
    const weight =
      creditWeights.verification + creditWeights.negativeList + creditWeights.complaints + creditWeights.sanctions;
    expect(result.score).toBe(Math.round((100 * (weight - creditWeights.verification)) / weight));
    expect(result.badges).not.toContain("reliableAttendance");
    expect(result.badges).not.toContain("verified");
  });

  it("weighs attendance, reporting, expired certificates and blocked attempts", () => {
    const result = creditScore({
      ...clean,
      certificates: { total: 2, valid: 1 },
      meetings: { ended: 10, noShows: 2, held: 8, reported: 4 },
      negativeListAttempts: 1,
    });
    const byFactor = Object.fromEntries(result.factors.map((factor) => [factor.factor, factor.value]));
    expect(byFactor).toMatchObject({ certificates: 0.5, attendance: 0.8, outcomesReported: 0.5, negativeList: 0.67 });
    // (20 + 10·0.5 + 20·0.8 + 15·0.5 + 10·(2/3) + 20 + 15) / 110
    expect(result.score).toBe(Math.round((100 * (20 + 5 + 16 + 7.5 + 20 / 3 + 20 + 15)) / 110));
    expect(result.badges).not.toContain("reliableAttendance"); // 20% missed
  });

  it("drops at least one level for an upheld complaint and a warning, and loses the good-standing badge", () => {
    const before = creditScore(clean);
    const after = creditScore({ ...clean, complaints: { upheld: 1 }, sanctions: { warnings: 1, exclusions: 0 } });
    expect(before.score - after.score).toBeGreaterThanOrEqual(15); // wider than a level's band
    expect(after.level).not.toBe(before.level);
    expect(after.badges).toEqual(["verified", "reliableAttendance"]);
  });

  it("puts a suspended organization at D with no badges", () => {
    const result = creditScore({ ...clean, suspended: true });
    expect(result.level).toBe("D");
    expect(result.badges).toEqual([]);
    expect(result.factors.find((factor) => factor.factor === "sanctions")?.value).toBe(0);
  });

  it("never leaves 0..100, however many complaints and attempts", () => {
    const result = creditScore({
      ...clean,
      verified: false,
      certificates: { total: 3, valid: 0 },
      meetings: { ended: 5, noShows: 5, held: 0, reported: 0 },
      negativeListAttempts: 50,
      complaints: { upheld: 9 },
      sanctions: { warnings: 7, exclusions: 3 },
    });
    expect(result.score).toBe(0);
    expect(result.level).toBe("D");
    for (const factor of result.factors) expect(factor.points).toBeGreaterThanOrEqual(0);
  });
});
