import { describe, expect, it } from "vitest";
import { minorToDecimalString, parseMinorUnits } from "./minor-units";

describe("parseMinorUnits", () => {
  it.each([
    ["12", 1200n],
    ["12.5", 1250n],
    ["12.50", 1250n],
    ["0.01", 1n],
    [".5", 50n],
    ["12.", 1200n],
    ["  7.30 ", 730n],
    ["12,5", 1250n],
    ["1 234,56", 123456n],
    ["1\u00a0234.56", 123456n],
    ["0", 0n],
    ["000123.40", 12340n],
    // would be 1999999999.9999998 as a float: the string path keeps it exact
    ["19999999.99", 1999999999n],
    ["1000000000", 100000000000n],
  ])("%s -> %s minor units", (raw, minor) => {
    expect(parseMinorUnits(raw)).toEqual({ ok: true, minor });
  });

  it.each([
    ["", "moneyInvalid"],
    ["abc", "moneyInvalid"],
    ["-5", "moneyInvalid"],
    ["+5", "moneyInvalid"],
    ["1e3", "moneyInvalid"],
    ["1,234.56", "moneyInvalid"],
    ["1.2.3", "moneyInvalid"],
    ["12,3,4", "moneyInvalid"],
    [".", "moneyInvalid"],
    ["0x10", "moneyInvalid"],
    ["Infinity", "moneyInvalid"],
    ["12.345", "moneyTooManyDecimals"],
    ["0,001", "moneyTooManyDecimals"],
    ["1000000001", "moneyTooLarge"],
  ])("%s is refused as %s", (raw, error) => {
    expect(parseMinorUnits(raw)).toEqual({ ok: false, error });
  });
});

describe("minorToDecimalString", () => {
  it.each([
    [0n, "0.00"],
    [5n, "0.05"],
    [1250n, "12.50"],
    [123456789012345n, "1234567890123.45"],
  ])("%s -> %s", (minor, text) => {
    expect(minorToDecimalString(minor)).toBe(text);
  });

  it("round-trips with parseMinorUnits", () => {
    for (const minor of [0n, 1n, 99n, 100n, 1999999999n]) {
      expect(parseMinorUnits(minorToDecimalString(minor))).toEqual({ ok: true, minor });
    }
  });
});
