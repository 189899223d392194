import { describe, expect, it } from "vitest";
import { convertMinor, formatRate, parseDecimal, parseRate, priceLines, toUsdCents } from "./money";

describe("parseDecimal", () => {
  it("reads plain decimals exactly into minor units", () => {
    expect(parseDecimal("12", 2)).toBe(1200n);
    expect(parseDecimal("12.5", 2)).toBe(1250n);
    expect(parseDecimal("12,05", 2)).toBe(1205n);
    expect(parseDecimal("7.123456", 6)).toBe(7123456n);
    expect(parseDecimal(" 999999999999999.99 ", 2)).toBe(99999999999999999n);
  });
  it("refuses anything else", () => {
    for (const bad of ["", "-1", "1.234", "1e3", "abc", "1.2.3", ".5"]) expect(parseDecimal(bad, 2)).toBeNull();
  });
});

describe("exchange rates", () => {
  it("stores '1 USD = 7.20 CNY' as 7.2 fen per US cent × 1e6", () => {
    expect(parseRate("7.20")).toBe(7_200_000n);
    expect(parseRate("92.345678")).toBe(92_345_678n);
    expect(parseRate("0")).toBeNull();
    expect(parseRate("1.1234567")).toBeNull();
  });
  it("prints rates with two to six decimals", () => {
    expect(formatRate(7_200_000n)).toBe("7.20");
    expect(formatRate(92_345_678n)).toBe("92.345678");
    expect(formatRate(1_000_000n)).toBe("1.00");
    expect(formatRate(90_500_000n)).toBe("90.50");
  });
  it("converts to US cents rounding down, and between currencies rounding half up", () => {
    // 72.00 CNY at 7.20 per USD is 10.00 USD.
    expect(toUsdCents(7200n, 7_200_000n)).toBe(1000n);
    expect(toUsdCents(7199n, 7_200_000n)).toBe(999n);
    // 100.00 CNY -> RUB at 7.20 CNY and 90.00 RUB per USD: 1250.00 RUB.
    expect(convertMinor(10000n, 7_200_000n, 90_000_000n)).toBe(125000n);
    expect(convertMinor(1n, 90_000_000n, 7_200_000n)).toBe(0n);
  });
});

describe("priceLines", () => {
  const rates = { USD: 1_000_000n, CNY: 7_200_000n, RUB: 90_000_000n };
  it("adds the viewer's currency when it differs and a rate exists", () => {
    const lines = priceLines(7200n, 14400n, "CNY", "USD", rates, "en");
    expect(lines).toEqual({ price: "CN¥72 – CN¥144", converted: "$10 – $20" });
  });
  it("shows no conversion in the same currency, none without a rate, nothing without a price", () => {
    expect(priceLines(1250n, null, "USD", "USD", rates, "en")).toEqual({ price: "$12.50", converted: null });
    expect(priceLines(1250n, null, "USD", "RUB", { USD: 1_000_000n }, "en")?.converted).toBeNull();
    expect(priceLines(null, null, "USD", "RUB", rates, "en")).toBeNull();
  });
});
