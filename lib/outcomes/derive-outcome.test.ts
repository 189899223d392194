import { describe, expect, it } from "vitest";
import { deriveMeetingOutcome } from "./derive-outcome";

describe("deriveMeetingOutcome", () => {
  it.each([
    [[], null],
    [["NO_INTEREST"], "NO_DEAL"],
    [["NO_INTEREST", "NO_INTEREST"], "NO_DEAL"],
    [["NO_INTEREST", "SAMPLE_REQUESTED"], "FOLLOW_UP"],
    [["QUOTATION_SENT"], "FOLLOW_UP"],
    [["FOLLOW_UP", "ORDER_INTENT"], "ORDER_PLACED"],
    [["ORDER_INTENT", "NO_INTEREST"], "ORDER_PLACED"],
  ] as const)("%j -> %s", (kinds, expected) => {
    expect(deriveMeetingOutcome([...kinds])).toBe(expected);
  });
});
