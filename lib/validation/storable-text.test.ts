import { describe, expect, it } from "vitest";
import { findUnstorableText, isStorableText, unstorableField, withoutUnstorableCharacters } from "./storable-text";

describe("storable text", () => {
  it("refuses NUL and lone surrogate halves, accepts every other character", () => {
    expect(isStorableText("Fleece 3 000 m · 羊毛 · шерсть 🧶")).toBe(true);
    expect(isStorableText("a\u0000b")).toBe(false);
    expect(isStorableText("a\uD800b")).toBe(false);
    expect(isStorableText("a\uDC00")).toBe(false);
    expect(isStorableText("\uD83E\uDDF6")).toBe(true);
  });

  it("finds the first unstorable string or key in nested values", () => {
    expect(findUnstorableText({ a: ["ok", "b\u0000"] })).toEqual(["a", 1]);
    expect(findUnstorableText({ ["k\u0000"]: "v" })).toEqual(["k\u0000"]);
    expect(findUnstorableText({ a: 1, b: null, c: ["x"] })).toBeNull();
  });

  it("names the field without echoing an unstorable key", () => {
    expect(unstorableField({ message: "a\u0000b" })).toBe("message");
    expect(unstorableField({ preferredSlots: ["2026-06-01T02:00:00Z", "\uDFFF"] })).toBe("preferredSlots.1");
    expect(unstorableField({ ["n\u0000"]: "v" })).toBe("form");
    expect(unstorableField({ outer: { ["\uD800"]: "v" } })).toBe("outer");
    expect(unstorableField({ fine: "yes" })).toBeNull();
  });

  it("strips only the unstorable characters for echoing a form back", () => {
    expect(withoutUnstorableCharacters("a\u0000b\uD800c\uD83E\uDDF6")).toBe("abc\uD83E\uDDF6");
  });
});
