import { describe, expect, it } from "vitest";
import { blankToNull, optionalPositiveMinorUnits } from "./form-fields";

// Shared by the outcome form (estimated value) and the requirement form (target price).
describe("optionalPositiveMinorUnits", () => {
  const amount = optionalPositiveMinorUnits("pricePositive");
  const messageOf = (input: unknown) => amount.safeParse(input).error?.issues[0]?.message;

  it("turns major units into integer minor units, blank into null, and is idempotent", () => {
    expect(amount.parse("12 500,5")).toBe(1_250_050n);
    expect(amount.parse(amount.parse("12.50"))).toBe(1250n);
    expect(amount.parse("  ")).toBeNull();
    expect(amount.parse(undefined)).toBeNull();
  });

  it("refuses zero with the caller's message and bad text with the money message", () => {
    expect(messageOf("0")).toBe("pricePositive");
    expect(messageOf("abc")).toBe("moneyInvalid");
    expect(messageOf("1.234")).toBe("moneyTooManyDecimals");
  });
});

describe("blankToNull", () => {
  it("maps blank strings to null and leaves everything else alone", () => {
    expect(blankToNull(" ")).toBeNull();
    expect(blankToNull("USD")).toBe("USD");
    expect(blankToNull(undefined)).toBeUndefined();
  });
});
