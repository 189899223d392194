import { describe, expect, it } from "vitest";
import { addNegativeListEntrySchema } from "./schemas";

describe("addNegativeListEntrySchema", () => {
  it.each([
    { kind: "HS_PREFIX", hsPrefix: "9301.90", keyword: "ignored", reasonZh: "武器" },
    { kind: "KEYWORD", keyword: "  слоновая   кость ", reasonRu: "СИТЕС" },
    { kind: "CATEGORY", categoryId: "c1", reasonEn: "Closed." },
  ] as const)("parses its own output to the same value (action, then domain): $kind", (form) => {
    const once = addNegativeListEntrySchema.parse(form);
    expect(addNegativeListEntrySchema.parse(once)).toEqual(once);
  });

  it("keeps only the field of the chosen kind", () => {
    expect(
      addNegativeListEntrySchema.parse({ kind: "KEYWORD", keyword: "Ivory", hsPrefix: "93", reasonEn: "x" }),
    ).toEqual({
      kind: "KEYWORD",
      keyword: "Ivory",
      hsPrefix: undefined,
      categoryId: undefined,
      reasonEn: "x",
      reasonZh: "",
      reasonRu: "",
    });
  });
});
