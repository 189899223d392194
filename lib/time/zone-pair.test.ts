import { describe, expect, it } from "vitest";
import { zonedPair } from "./zone-pair";

describe("zonedPair", () => {
  const start = new Date("2026-06-01T07:00:00Z");
  const end = new Date("2026-06-01T07:20:00Z");

  it("shows the viewer's clock with the counterpart's beside it", () => {
    const pair = zonedPair(start, end, "en", "Europe/Moscow", "Asia/Shanghai");
    expect(pair.day).toBe("2026-06-01");
    expect(pair.mine).toBe("10:00–10:20 Moscow");
    expect(pair.theirs).toBe("15:00–15:20 Hangzhou");
    expect(pair.label).toBe("10:00–10:20 Moscow · 15:00–15:20 Hangzhou");
  });

  it("marks a counterpart's different calendar day", () => {
    const late = zonedPair(
      new Date("2026-06-01T20:00:00Z"),
      new Date("2026-06-01T20:20:00Z"),
      "en",
      "Europe/Moscow",
      "Asia/Vladivostok",
    );
    expect(late.theirs).toBe("06:00–06:20 (+1) Vladivostok");
  });

  it("gives one time when both clocks agree", () => {
    const same = zonedPair(start, end, "en", "Asia/Shanghai", "Asia/Shanghai");
    expect(same.theirs).toBeNull();
    expect(same.label).toBe("15:00–15:20 Hangzhou");
  });
});

describe("zonedPair for one instant", () => {
  it("shows single clock times", () => {
    const at = new Date("2026-06-01T07:00:00Z");
    expect(zonedPair(at, at, "en", "Europe/Moscow", "Asia/Shanghai").label).toBe("10:00 Moscow · 15:00 Hangzhou");
  });
});
