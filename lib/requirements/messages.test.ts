import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { moqUnits } from "@/lib/products/schemas";
import { incoterms, requirementUnits } from "./schemas";

const catalogue = (locale: string) =>
  JSON.parse(readFileSync(path.resolve("messages", locale, "buyer.json"), "utf8")) as Record<
    string,
    Record<string, string>
  >;

describe("the buyer catalogue names every choice the requirement form offers", () => {
  it("uses the suppliers' unit codes, so requirements and products compare", () => {
    expect(requirementUnits).toEqual(moqUnits);
  });

  it.each(["en", "zh", "ru"])("%s", (locale) => {
    const messages = catalogue(locale);
    for (const unit of requirementUnits) {
      expect(messages.units[unit], unit).toBeTruthy();
      expect(messages.unitCounts[unit], unit).toContain("{count");
    }
    for (const term of incoterms) expect(messages.incoterms[term], term).toMatch(new RegExp(`^${term} — `));
  });
});
