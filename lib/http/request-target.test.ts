import { describe, expect, it } from "vitest";
import { checkRequestTarget } from "./request-target";

describe("checkRequestTarget", () => {
  it.each([
    ["/api/v1/sessions/%E0%A4%A", "malformedEncoding"],
    ["/api/v1/meetings/%ED%A0%80", "malformedEncoding"],
    ["/en/products/%ED%A0%80", "malformedEncoding"],
    ["/api/v1/meetings?sessionId=%E0", "malformedEncoding"],
    ["/api/v1/meetings/%00", "unstorableText"],
    ["/api/v1/sessions/x/free-slots?with=%00", "unstorableText"],
    ["/en/catalogue?q=a%00b", "unstorableText"],
  ])("refuses %s (%s)", (url, reason) => {
    expect(checkRequestTarget(url)).toEqual({ ok: false, reason });
  });

  it("accepts ordinary targets, encoded non-Latin text included", () => {
    expect(checkRequestTarget("/api/v1/meetings?sessionId=abc&includeCancelled=true")).toEqual({ ok: true });
    expect(checkRequestTarget(`/zh/catalogue?q=${encodeURIComponent("羊毛 шерсть")}`)).toEqual({ ok: true });
    expect(checkRequestTarget(new URL("http://x/en/products/ck123"))).toEqual({ ok: true });
  });
});
