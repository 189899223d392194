import { describe, expect, it } from "vitest";
import { hsCodeProblem, normalizeHsCode } from "./hs-code";

describe("HS codes", () => {
  it.each([
    ["6201.40.00", "62014000"],
    [" 6201 40 ", "620140"],
    ["5407-52", "540752"],
  ])("normalizes %s to %s", (raw, code) => {
    expect(normalizeHsCode(raw)).toBe(code);
  });

  it.each(["620140", "6201400000", "0101210000", "97011000", "95030021"])("accepts %s", (code) => {
    expect(hsCodeProblem(code)).toBeNull();
  });

  it.each([
    ["62014", "productHsCodeInvalid"],
    ["62014000001", "productHsCodeInvalid"],
    ["6201a0", "productHsCodeInvalid"],
    ["", "productHsCodeInvalid"],
    ["000000", "productHsChapterUnknown"],
    ["981234", "productHsChapterUnknown"],
    ["991234", "productHsChapterUnknown"],
    ["771234", "productHsChapterUnknown"],
  ])("refuses %s as %s", (code, problem) => {
    expect(hsCodeProblem(code)).toBe(problem);
  });
});
