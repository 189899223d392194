import { describe, expect, it } from "vitest";
import { queryOf } from "./query-of";

describe("queryOf", () => {
  it("keeps the search term and every filter, repeated ones as arrays in order", () => {
    expect(
      queryOf(
        "?q=%D1%85%D0%BB%D0%BE%D0%BF%D0%BA%D0%B0&categoryIds=a&categoryIds=b&moqMax=500&sort=price&categoryIds=c",
      ),
    ).toEqual({ q: "хлопка", categoryIds: ["a", "b", "c"], moqMax: "500", sort: "price" });
  });

  it("keeps empty values and Chinese text as typed, and gives nothing for no query", () => {
    expect(queryOf(new URLSearchParams({ q: "玩具 面料", city: "" }))).toEqual({ q: "玩具 面料", city: "" });
    expect(queryOf("")).toEqual({});
    expect(queryOf("?")).toEqual({});
  });
});
