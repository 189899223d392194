import { describe, expect, it } from "vitest";
import { isEntityId } from "./entity-id";

describe("isEntityId", () => {
  it("accepts cuids and seed ids, refuses anything a URL could smuggle in", () => {
    expect(isEntityId("cmb1x2y3z0000abcdxyz12345")).toBe(true);
    expect(isEntityId("demo-session_fabric")).toBe(true);
    for (const value of ["", "a\u0000b", "\uD800", "x".repeat(65), "a/b", "a b", "é", 42, undefined]) {
      expect(isEntityId(value), String(value)).toBe(false);
    }
  });
});
