import { describe, expect, it } from "vitest";
import { sameSitePath, withPreferredLocale } from "./preferred-locale-path";

describe("withPreferredLocale", () => {
  it("swaps the language prefix", () => {
    expect(withPreferredLocale("/en/admin/organizations?status=PENDING", "zh")).toBe(
      "/zh/admin/organizations?status=PENDING",
    );
    expect(withPreferredLocale("/ru", "en")).toBe("/en");
  });
  it("leaves other paths alone", () => {
    expect(withPreferredLocale("/english-page", "ru")).toBe("/english-page");
    expect(withPreferredLocale("/api/v1/fairs", "ru")).toBe("/api/v1/fairs");
  });
});

describe("sameSitePath", () => {
  it("keeps paths on this site", () => {
    expect(sameSitePath("/ru/admin/audit?organizationId=abc")).toBe("/ru/admin/audit?organizationId=abc");
  });
  it.each([
    "https://evil.example/x",
    "//evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
    "",
    null,
  ])("refuses %j", (value) => {
    expect(sameSitePath(value)).toBeNull();
  });
});
