import { describe, expect, it } from "vitest";
import { delayAfter, throttlePolicies } from "./policies";

describe("delayAfter", () => {
  const pair = throttlePolicies["signIn.pair"];

  it("lets the free attempts through without a wait", () => {
    expect([0, 1, 2, 3, 4].map((n) => delayAfter(pair, n))).toEqual([0, 0, 0, 0, 0]);
  });

  it("doubles the wait after them, up to the cap", () => {
    expect([5, 6, 7, 8].map((n) => delayAfter(pair, n))).toEqual([1, 2, 4, 8]);
    expect(delayAfter(pair, 40)).toBe(15 * 60);
  });
});
