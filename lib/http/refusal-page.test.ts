import { describe, expect, it } from "vitest";
import en from "@/messages/en/errors.json";
import ru from "@/messages/ru/errors.json";
import zh from "@/messages/zh/errors.json";
import { refusalPage } from "./refusal-page";

describe("refusalPage", () => {
  it("explains a malformed address in the language of the path's prefix", async () => {
    const response = refusalPage(
      { status: 400, messageKey: "malformedAddress" },
      new Request("http://x/zh/products/%ED%A0%80", { headers: { "accept-language": "ru" } }),
    );
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await response.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain(zh.malformedAddress);
    expect(html).toContain('<a href="/zh">');
  });

  it("falls back to Accept-Language, then English, outside a locale prefix", async () => {
    const russian = new Request("http://x/%E0%A4%A", { headers: { "accept-language": "ru-RU,ru;q=0.9" } });
    expect(await refusalPage({ status: 400, messageKey: "malformedAddress" }, russian).text()).toContain(
      ru.malformedAddress,
    );
    const forbidden = refusalPage({ status: 403, messageKey: "crossSiteForm" }, new Request("http://x/de/login"));
    expect(forbidden.status).toBe(403);
    expect(await forbidden.text()).toContain(en.crossSiteForm);
  });

  it("runs no script", async () => {
    const html = await refusalPage({ status: 400, messageKey: "malformedAddress" }, new Request("http://x/en")).text();
    expect(html).not.toMatch(/<script/i);
  });
});
