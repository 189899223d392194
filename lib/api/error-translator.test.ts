import { describe, expect, it } from "vitest";
import en from "@/messages/en/errors.json";
import ru from "@/messages/ru/errors.json";
import { errorTranslator, localeFromAcceptLanguage } from "./error-translator";

describe("API error messages", () => {
  it("read in the requested language, with parameters", () => {
    expect(errorTranslator("ru")("meetingNotFound")).toBe(ru.meetingNotFound);
    expect(errorTranslator("en")("apiRateLimited", { seconds: 12 })).toBe(en.apiRateLimited.replace("{seconds}", "12"));
  });

  it("fall back to the generic message for an unknown key", () => {
    expect(errorTranslator("en")("noSuchKey")).toBe(en.invalid);
  });

  it("pick the caller's language from Accept-Language without a token", () => {
    expect(localeFromAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh");
    expect(localeFromAcceptLanguage("de-DE, ru;q=0.5")).toBe("ru");
    expect(localeFromAcceptLanguage(null)).toBe("en");
  });
});
