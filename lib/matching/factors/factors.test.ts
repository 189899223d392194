import { describe, expect, it } from "vitest";
import { categoryFactor } from "./category";
import { certificationsFactor } from "./certifications";
import { feedbackFactor, noFeedback } from "./feedback";
import { historyFactor } from "./history";
import { languageFactor } from "./language";
import { moqFactor } from "./moq";
import { priceFactor } from "./price";
import { textFactor } from "./text";
import { overlapHours, timeZoneFactor } from "./time-zone";
import { verifiedFactor } from "./verified";

// The demo fair's rates: 1 USD = 7.20 CNY = 90.00 RUB (perUsdCentMicros = rate × 1e6).
const rates = { USD: 1_000_000n, CNY: 7_200_000n, RUB: 90_000_000n };

describe("category (the required gate)", () => {
  it("names the same category or a subcategory, always 1", () => {
    expect(categoryFactor("down", "down")).toMatchObject({ value: 1, reason: { key: "category.same" } });
    expect(categoryFactor("apparel", "down")).toMatchObject({ value: 1, reason: { key: "category.subcategory" } });
  });
});

describe("text", () => {
  it("is the share of the requirement's words found in the product", () => {
    expect(textFactor(2, 3)).toEqual({
      factor: "text",
      value: 0.667,
      reason: { key: "text.strong", params: { matched: 2, total: 3 } },
    });
    expect(textFactor(1, 4)).toMatchObject({ value: 0.25, reason: { key: "text.partial" } });
    expect(textFactor(0, 4)).toMatchObject({ value: 0, reason: { key: "text.none" } });
  });
  it("does not apply to a requirement without words", () => {
    expect(textFactor(0, 0)).toMatchObject({ value: null, reason: { key: "text.noText" } });
  });
});

describe("moq", () => {
  const wanted = { quantity: 2000, unit: "piece" };
  it("is 1 at or below the wanted quantity", () => {
    expect(moqFactor({ moq: 300, moqUnit: "piece" }, wanted)).toEqual({
      factor: "moq",
      value: 1,
      reason: { key: "moq.fits", params: { moq: 300, quantity: 2000, unit: "piece" } },
    });
    expect(moqFactor({ moq: 2000, moqUnit: "Piece " }, wanted).value).toBe(1);
  });
  it("gives partial credit up to twice the quantity: 3000 of 2000 -> (4000 - 3000) / 2000 = 0.5", () => {
    expect(moqFactor({ moq: 3000, moqUnit: "piece" }, wanted)).toMatchObject({
      value: 0.5,
      reason: { key: "moq.near" },
    });
    expect(moqFactor({ moq: 4000, moqUnit: "piece" }, wanted)).toMatchObject({ value: 0 });
    expect(moqFactor({ moq: 5000, moqUnit: "piece" }, wanted)).toMatchObject({
      value: 0,
      reason: { key: "moq.tooHigh" },
    });
  });
  it("does not compare different units", () => {
    expect(moqFactor({ moq: 10, moqUnit: "kg" }, wanted)).toMatchObject({
      value: null,
      reason: { key: "moq.otherUnit" },
    });
  });
});

describe("price (after currency conversion with the fair's rates)", () => {
  const target = { targetPriceMinor: 4550n, currency: "USD" as const }; // 45.50 USD

  it("converts CNY to USD: 185.50 CNY / 7.20 = 25.76 USD, within 45.50 -> 1", () => {
    expect(priceFactor({ priceMinMinor: 18550n, currency: "CNY" }, target, rates)).toEqual({
      factor: "price",
      value: 1,
      reason: { key: "price.withinTarget", params: { price: "25.76", target: "45.50", currency: "USD", percent: 0 } },
    });
  });
  it("falls linearly above the target: 400 CNY = 55.56 USD, ratio 1.2211 -> 1 - 0.2211 / 0.5 = 0.558", () => {
    const result = priceFactor({ priceMinMinor: 40000n, currency: "CNY" }, target, rates);
    expect(result).toMatchObject({
      value: 0.558,
      reason: { key: "price.aboveTarget", params: { price: "55.56", percent: 22 } },
    });
  });
  it("is 0 from 50 % above the target", () => {
    expect(priceFactor({ priceMinMinor: 6900n, currency: "USD" }, target, rates)).toMatchObject({
      value: 0,
      reason: { key: "price.farAboveTarget", params: { percent: 52 } },
    });
  });
  it("converts CNY to RUB: 185.50 CNY × 90 / 7.20 = 2318.75 RUB, within a 2500 RUB target", () => {
    const result = priceFactor(
      { priceMinMinor: 18550n, currency: "CNY" },
      { targetPriceMinor: 250000n, currency: "RUB" },
      rates,
    );
    expect(result).toMatchObject({ value: 1, reason: { params: { price: "2318.75", target: "2500.00" } } });
  });
  it("does not apply without a target, a price or a rate", () => {
    expect(
      priceFactor({ priceMinMinor: 100n, currency: "CNY" }, { targetPriceMinor: null, currency: null }, rates).value,
    ).toBeNull();
    expect(priceFactor({ priceMinMinor: null, currency: "CNY" }, target, rates).value).toBeNull();
    expect(priceFactor({ priceMinMinor: 100n, currency: "RUB" }, target, { USD: 1_000_000n })).toMatchObject({
      value: null,
      reason: { key: "price.unknown" },
    });
  });
});

describe("certifications (valid on the needed-by date)", () => {
  it("counts a valid certificate record", () => {
    const result = certificationsFactor(["EAC"], [], [{ typeCode: "EAC", expiresOn: "2028-06-30" }], "2026-09-01");
    expect(result).toEqual({
      factor: "certifications",
      value: 1,
      reason: { key: "certifications.held", params: { certs: "EAC" } },
    });
  });
  it("names an EAC that expired before the needed-by date, even if a product lists EAC", () => {
    const result = certificationsFactor(["EAC"], ["EAC"], [{ typeCode: "EAC", expiresOn: "2024-12-31" }], "2026-09-01");
    expect(result).toEqual({
      factor: "certifications",
      value: 0,
      reason: { key: "certifications.expired", params: { cert: "EAC", expiredOn: "2024-12-31", onDay: "2026-09-01" } },
    });
  });
  it("a certificate expiring on the needed-by day is still valid that day", () => {
    expect(certificationsFactor(["EAC"], [], [{ typeCode: "EAC", expiresOn: "2026-09-01" }], "2026-09-01").value).toBe(
      1,
    );
    expect(certificationsFactor(["EAC"], [], [{ typeCode: "EAC", expiresOn: "2026-08-31" }], "2026-09-01").value).toBe(
      0,
    );
  });
  it("takes the product's own list when the supplier has no record of that type; partial share", () => {
    const result = certificationsFactor(["EAC", "OEKO-TEX"], ["OEKO-TEX"], [], "2026-09-01");
    expect(result).toEqual({
      factor: "certifications",
      value: 0.5,
      reason: { key: "certifications.missing", params: { missing: "EAC", held: 1, total: 2 } },
    });
  });
  it("does not apply when nothing is required", () => {
    expect(certificationsFactor([], [], [], "2026-09-01").value).toBeNull();
  });
});

describe("time zone (09:00-18:00 local on the session's first day)", () => {
  it("Vladivostok vs Hangzhou (Asia/Shanghai) across midnight UTC: 23:00-08:00 and 01:00-10:00 UTC -> 7 h", () => {
    expect(overlapHours("Asia/Vladivostok", "Asia/Shanghai", "2026-06-01")).toBe(7);
    expect(timeZoneFactor("Asia/Vladivostok", "Asia/Shanghai", "2026-06-01")).toEqual({
      factor: "timeZone",
      value: 0.778,
      reason: { key: "timeZone.overlap", params: { hours: 7 } },
    });
    expect(overlapHours("Asia/Shanghai", "Asia/Vladivostok", "2026-06-01")).toBe(7);
  });
  it("Moscow vs Shanghai: 06:00-15:00 and 01:00-10:00 UTC -> 4 h", () => {
    expect(timeZoneFactor("Europe/Moscow", "Asia/Shanghai", "2026-06-01")).toMatchObject({
      value: 0.444,
      reason: { params: { hours: 4 } },
    });
  });
  it("the same zone overlaps the whole day; New York and Shanghai not at all", () => {
    expect(timeZoneFactor("Asia/Shanghai", "Asia/Shanghai", "2026-06-01")).toMatchObject({
      value: 1,
      reason: { key: "timeZone.same" },
    });
    expect(timeZoneFactor("America/New_York", "Asia/Shanghai", "2026-06-01")).toMatchObject({
      value: 0,
      reason: { key: "timeZone.none" },
    });
  });
  it("follows daylight saving time: Berlin (UTC+1 in January) vs Moscow -> 7 h, (UTC+2 in June) -> 8 h", () => {
    expect(overlapHours("Europe/Berlin", "Europe/Moscow", "2026-01-15")).toBe(7);
    expect(overlapHours("Europe/Berlin", "Europe/Moscow", "2026-06-01")).toBe(8);
  });
});

describe("language", () => {
  const interpreters = [["zh", "ru"]];
  it("a common language -> 1", () => {
    expect(languageFactor(["ru", "en"], ["zh", "en"], [])).toEqual({
      factor: "language",
      value: 1,
      reason: { key: "language.common", params: { language: "en" } },
    });
  });
  it("else an interpreter covering both sides -> 0.6", () => {
    expect(languageFactor(["ru"], ["zh"], interpreters)).toEqual({
      factor: "language",
      value: 0.6,
      reason: { key: "language.interpreter", params: { from: "ru", to: "zh" } },
    });
  });
  it("else 0; unknown languages do not count", () => {
    expect(languageFactor(["ru"], ["zh"], [["en", "zh"]])).toMatchObject({
      value: 0,
      reason: { key: "language.none" },
    });
    expect(languageFactor([], ["zh"], interpreters).value).toBeNull();
  });
});

describe("verified, history, feedback", () => {
  it("verified is 1 or 0", () => {
    expect(verifiedFactor(true).value).toBe(1);
    expect(verifiedFactor(false)).toMatchObject({ value: 0, reason: { key: "verified.no" } });
  });
  it("history: 2 orders, 1 follow-up, 1 no deal -> (2 + 0.5) / 4 = 0.625; none -> null", () => {
    expect(historyFactor({ ORDER_PLACED: 2, FOLLOW_UP: 1, NO_DEAL: 1 })).toEqual({
      factor: "history",
      value: 0.625,
      reason: { key: "history.orders", params: { orders: 2, meetings: 4 } },
    });
    expect(historyFactor({ ORDER_PLACED: 0, FOLLOW_UP: 0, NO_DEAL: 3 })).toMatchObject({
      value: 0,
      reason: { key: "history.noOrders" },
    });
    expect(historyFactor({ ORDER_PLACED: 0, FOLLOW_UP: 0, NO_DEAL: 0 }).value).toBeNull();
  });
  it("feedback lowers the same supplier (0) and similar ones: same city and category (0.5)", () => {
    const feedback = { dismissedSuppliers: new Set(["s1"]), dismissedCategoryCities: new Set(["down|Hangzhou"]) };
    expect(feedbackFactor(feedback, { id: "s1", city: "Ningbo" }, "down").value).toBe(0);
    expect(feedbackFactor(feedback, { id: "s2", city: "Hangzhou" }, "down")).toMatchObject({
      value: 0.5,
      reason: { key: "feedback.similar", params: { city: "Hangzhou" } },
    });
    expect(feedbackFactor(feedback, { id: "s2", city: "Hangzhou" }, "toys").value).toBeNull();
    expect(feedbackFactor(noFeedback, { id: "s1", city: "Ningbo" }, "down").value).toBeNull();
  });
});
