import { describe, expect, it } from "vitest";
import { dcg, mean, ndcgAt, recallAt } from "./relevance-metrics";

const judged = new Map([
  ["a", 3],
  ["b", 2],
  ["c", 1],
  ["z", 0],
]);

describe("dcg", () => {
  it("sums (2^rel - 1) / log2(rank + 1) up to k", () => {
    expect(dcg([3, 2, 1], 10)).toBeCloseTo(7 + 3 / Math.log2(3) + 1 / 2, 10);
    expect(dcg([3, 2, 1], 1)).toBe(7);
    expect(dcg([], 5)).toBe(0);
  });
});

describe("ndcgAt", () => {
  it("is 1 for the ideal order and less for any other", () => {
    expect(ndcgAt(["a", "b", "c"], judged, 10)).toBeCloseTo(1, 12);
    const swapped = ndcgAt(["b", "a", "c"], judged, 10);
    expect(swapped).toBeLessThan(1);
    expect(swapped).toBeCloseTo((3 + 7 / Math.log2(3) + 0.5) / (7 + 3 / Math.log2(3) + 0.5), 12);
  });

  it("counts unjudged and grade-0 results as 0 and compares with the ideal of the judged list", () => {
    // One irrelevant result first pushes every relevant one down a rank.
    const pushed = ndcgAt(["z", "a", "b", "c"], judged, 10);
    const expected = (7 / Math.log2(3) + 3 / 2 + 1 / Math.log2(5)) / (7 + 3 / Math.log2(3) + 1 / 2);
    expect(pushed).toBeCloseTo(expected, 12);
    expect(ndcgAt(["x", "y"], judged, 10)).toBe(0);
  });

  it("cuts both the ranking and the ideal at k", () => {
    expect(ndcgAt(["a", "x", "b"], judged, 1)).toBe(1);
    expect(ndcgAt(["b"], judged, 1)).toBeCloseTo(3 / 7, 12);
  });

  it("refuses a query with nothing relevant judged", () => {
    expect(() => ndcgAt(["a"], new Map([["a", 0]]), 10)).toThrow(/no relevant/);
  });
});

describe("recallAt", () => {
  it("is the share of relevant items found, capped at k", () => {
    expect(recallAt(["a", "x", "c"], judged, 24)).toBeCloseTo(2 / 3, 12);
    expect(recallAt(["x", "a"], judged, 1)).toBe(0);
    // With more relevant items than k, finding k of them is full recall.
    expect(recallAt(["a", "b"], judged, 2)).toBe(1);
    expect(recallAt(["z"], judged, 24)).toBe(0);
  });

  it("counts only grades of at least minGrade as relevant", () => {
    // Relevant at grade >= 2: a and b; c (grade 1) neither counts nor is required.
    expect(recallAt(["a", "c"], judged, 24, 2)).toBe(0.5);
    expect(recallAt(["c", "b", "a"], judged, 24, 2)).toBe(1);
    expect(() => recallAt(["c"], new Map([["c", 1]]), 24, 2)).toThrow(/no relevant/);
  });
});

describe("mean", () => {
  it("averages, 0 for nothing", () => {
    expect(mean([1, 0.5])).toBe(0.75);
    expect(mean([])).toBe(0);
  });
});
