import { describe, expect, it } from "vitest";
import { formatMoney, formatMoneyRange } from "./format-money";

describe("formatMoney", () => {
  it("formats in the viewer's language without float rounding", () => {
    expect(formatMoney(1250n, "USD", "en")).toBe("$12.50");
    expect(formatMoney(1200n, "CNY", "zh")).toBe("¥12");
    expect(formatMoney(123456n, "RUB", "ru").replace(/\s/g, " ")).toBe("1 234,56 ₽");
    expect(formatMoney(1999999999n, "USD", "en")).toBe("$19,999,999.99");
  });
});

describe("formatMoneyRange", () => {
  it("shows one price when the ends agree, both otherwise, a dash without a price", () => {
    expect(formatMoneyRange(1250n, 1250n, "USD", "en")).toBe("$12.50");
    expect(formatMoneyRange(1250n, null, "USD", "en")).toBe("$12.50");
    expect(formatMoneyRange(1250n, 1800n, "USD", "en")).toBe("$12.50 – $18");
    expect(formatMoneyRange(null, 1800n, "USD", "en")).toBe("—");
  });
});
