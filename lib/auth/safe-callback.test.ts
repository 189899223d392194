import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-callback";

describe("safeCallbackPath", () => {
  it("keeps same-site paths", () => {
    expect(safeCallbackPath("/ru/admin/organizations?status=PENDING")).toBe("/ru/admin/organizations?status=PENDING");
  });
  it.each([
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example",
    "javascript:alert(1)",
    "",
    undefined,
  ])("refuses %s", (value) => {
    expect(safeCallbackPath(value)).toBeNull();
  });
});
