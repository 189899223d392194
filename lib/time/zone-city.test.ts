import { describe, expect, it } from "vitest";
import { zoneCityName } from "./zone-city";

describe("zoneCityName", () => {
  it("names the Zhejiang fair zone after Hangzhou in every language", () => {
    expect(zoneCityName("Asia/Shanghai", "en")).toBe("Hangzhou");
    expect(zoneCityName("Asia/Shanghai", "zh")).toBe("杭州");
    expect(zoneCityName("Asia/Shanghai", "ru")).toBe("Ханчжоу");
  });

  it("prefers the zone's own city over another city sharing the zone", () => {
    expect(zoneCityName("Asia/Vladivostok", "ru")).toBe("Владивосток");
    expect(zoneCityName("Europe/Moscow", "zh")).toBe("莫斯科");
  });

  it("falls back to the IANA city for zones it does not know", () => {
    expect(zoneCityName("America/New_York", "en")).toBe("New York");
  });
});
