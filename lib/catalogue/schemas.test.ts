import { describe, expect, it } from "vitest";
import { parseCatalogueSearchParams, setExchangeRatesSchema } from "./schemas";

describe("parseCatalogueSearchParams", () => {
  it("reads a GET form: blanks are no filter, one checkbox is a list, prices become minor units", () => {
    const { params, fieldErrors } = parseCatalogueSearchParams({
      q: "  пуховик ",
      categoryIds: "cat1",
      certification: "",
      moqMax: "500",
      priceMin: "12,5",
      priceMax: "1 200",
      priceCurrency: "RUB",
      city: "",
      sort: "price",
    });
    expect(fieldErrors).toEqual({});
    expect(params).toMatchObject({
      q: "пуховик",
      categoryIds: ["cat1"],
      moqMax: 500,
      priceMin: 1250n,
      priceMax: 120000n,
      priceCurrency: "RUB",
      sort: "price",
    });
    expect(params.certification).toBeUndefined();
    expect(params.city).toBeUndefined();
  });

  it("reports and drops what does not validate, keeping the rest of the search", () => {
    const { input, params, fieldErrors } = parseCatalogueSearchParams({
      q: "jacket",
      moqMax: "abc",
      priceMin: "20",
      priceMax: "10",
      sort: "cheapest",
      categoryIds: ["ok", "bad id!"],
      certification: "ISO 9001",
    });
    expect(fieldErrors).toEqual({
      moqMax: "moqInvalid",
      priceMax: "priceRangeInverted",
      sort: "sortInvalid",
      categoryIds: "categoryInvalid",
    });
    expect(params).toMatchObject({ q: "jacket", priceMin: 2000n, certification: "ISO 9001" });
    expect(input).toEqual({ q: "jacket", priceMin: "20", certification: "ISO 9001" });
  });

  it("ignores a search term or city PostgreSQL could not store (NUL, lone surrogate), with a message", () => {
    const { params, fieldErrors } = parseCatalogueSearchParams({ q: "a\u0000b", city: "\uD800", sort: "price" });
    expect(fieldErrors).toEqual({ q: "unstorableText", city: "unstorableText" });
    expect(params).toMatchObject({ sort: "price" });
    expect(params.q).toBeUndefined();
  });
});

describe("setExchangeRatesSchema", () => {
  it("accepts typed decimals and keeps them as text for exact parsing", () => {
    expect(setExchangeRatesSchema.parse({ fairId: "f1", CNY: " 7,20 ", RUB: "90" })).toEqual({
      fairId: "f1",
      CNY: "7,20",
      RUB: "90",
    });
    expect(setExchangeRatesSchema.safeParse({ fairId: "f1", CNY: "0", RUB: "90" }).success).toBe(false);
  });
});
