import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor";

describe("catalogue cursor", () => {
  it("round-trips through an opaque base64url string", () => {
    const cursor = { sort: "newest", direction: "before", key: "2026-01-02T03:04:05.678Z", id: "cm1abc" } as const;
    const text = encodeCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(text, "newest")).toEqual(cursor);
  });
  it("ignores cursors of another sort order, tampered keys and garbage", () => {
    const price = encodeCursor({ sort: "price", direction: "after", key: "1250", id: "p1" });
    expect(decodeCursor(price, "relevance")).toBeNull();
    expect(
      decodeCursor(encodeCursor({ sort: "price", direction: "after", key: "1; DROP", id: "p1" }), "price"),
    ).toBeNull();
    expect(decodeCursor(encodeCursor({ sort: "price", direction: "after", key: "1", id: "a'b" }), "price")).toBeNull();
    expect(decodeCursor("not-base64-json", "price")).toBeNull();
    expect(decodeCursor(undefined, "price")).toBeNull();
  });
});
