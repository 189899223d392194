import { afterEach, describe, expect, it, vi } from "vitest";
import { createTranslator } from "next-intl";
import { messageFallback, withEnglishFallback } from "./message-fallback";
import { intlConfig } from "./request";

// tests/support/fail-on-console-error.ts fails a test on console.error; these tests expect it (quietly).
const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
afterEach(() => consoleError.mockClear());

const reported = () => consoleError.mock.calls.map((args) => args.map(String).join(" "));

describe("a message missing at run time", () => {
  it("is reported through console.error and shown as its key in development and tests", async () => {
    const config = await intlConfig("zh");
    const messages = structuredClone(config.messages) as { products: { profile: Record<string, string> } };
    delete messages.products.profile.certificateAdded;
    const t = createTranslator({ ...config, messages, namespace: "products.profile" });

    expect(t("certificateNumber")).toBe("证书编号");
    expect(t("certificateAdded" as never)).toBe("products.profile.certificateAdded");
    expect(reported()).toEqual([expect.stringContaining("MISSING_MESSAGE")]);
    expect(reported()[0]).toContain("products.profile.certificateAdded");
  });

  it("reads as words, not a dotted key, in production", () => {
    const error = new Error("missing") as never;
    expect(messageFallback({ namespace: "products.profile", key: "certificateAdded", error }, true)).toBe(
      "Certificate added",
    );
    expect(messageFallback({ namespace: "account", key: "dashboard.noUpcoming", error }, true)).toBe("No upcoming");
    expect(messageFallback({ namespace: "products.profile", key: "certificateAdded", error }, false)).toBe(
      "products.profile.certificateAdded",
    );
  });
});

describe("withEnglishFallback (production catalogues)", () => {
  it("fills a gap in zh or ru with the English message, formatted like any other, and reports the gaps once", () => {
    const english = {
      profile: { added: "{count, plural, one {# certificate} other {# certificates}} added", saved: "Saved" },
    };
    const chinese = { profile: { saved: "已保存" } };
    const merged = withEnglishFallback("zh", chinese, english);

    expect(merged).toEqual({ profile: { saved: "已保存", added: english.profile.added } });
    expect(chinese).toEqual({ profile: { saved: "已保存" } });
    expect(reported().map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({ level: "error", locale: "zh", missing: ["profile.added"] }),
    ]);
    const t = createTranslator({ locale: "zh", messages: merged as typeof english, namespace: "profile" });
    expect(t("added", { count: 2 })).toBe("2 certificates added");
  });

  it("takes messages as the build compiles them (arrays) for messages, not for namespaces", () => {
    // next.config.js precompiles messages: "{count} saved" becomes [["count"], " saved"].
    const english = { a: { saved: [["count"], " saved"], title: "Title" }, missing: { whole: [["n"]] } };
    const russian = { a: { saved: [["count"], " сохранено"] } };
    const merged = withEnglishFallback("ru", russian as never, english as never);

    expect(merged).toEqual({ a: { saved: [["count"], " сохранено"], title: "Title" }, missing: { whole: [["n"]] } });
    expect(reported().map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({ locale: "ru", missing: ["a.title", "missing.whole"] }),
    ]);
  });

  it("changes and reports nothing when the catalogue is complete", () => {
    const english = { a: { b: "B" }, c: "C" };
    expect(withEnglishFallback("ru", { a: { b: "Б" }, c: "Ц" }, english)).toEqual({ a: { b: "Б" }, c: "Ц" });
    expect(reported()).toEqual([]);
  });
});
