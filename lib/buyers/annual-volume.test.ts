import { describe, expect, it } from "vitest";
import { annualVolumeToInput, parseAnnualVolume } from "./annual-volume";

describe("parseAnnualVolume", () => {
  it.each([
    ["25000000", 2_500_000_000n],
    ["25 000 000", 2_500_000_000n],
    ["25\u00a0000\u00a0000", 2_500_000_000n],
    ["25,000,000", 2_500_000_000n],
    ["25.000.000", 2_500_000_000n],
    ["0", 0n],
    ["10000000000000", 1_000_000_000_000_000n],
  ])("%s -> %s minor units", (raw, minor) => {
    expect(parseAnnualVolume(raw)).toEqual({ ok: true, minor });
  });

  it.each([
    ["", "buyerVolumeInvalid"],
    ["abc", "buyerVolumeInvalid"],
    ["-5", "buyerVolumeInvalid"],
    ["12.50", "buyerVolumeInvalid"],
    ["1,2345", "buyerVolumeInvalid"],
    ["1,000.000", "buyerVolumeInvalid"],
    ["1e9", "buyerVolumeInvalid"],
    ["10000000000001", "moneyTooLarge"],
  ])("%s is refused as %s", (raw, error) => {
    expect(parseAnnualVolume(raw)).toEqual({ ok: false, error });
  });

  it("round-trips through the form value", () => {
    expect(annualVolumeToInput(2_500_000_000n)).toBe("25000000");
    expect(annualVolumeToInput(null)).toBe("");
  });
});
