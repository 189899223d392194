import { describe, expect, it } from "vitest";
import { formatDateRange, formatTime, localDay } from "./format";

describe("time formatting", () => {
  const instant = new Date("2022-06-21T02:00:00Z"); // 10:00 in Hangzhou

  it("shows the same instant in each viewer's zone", () => {
    expect(formatTime(instant, "en", "Asia/Shanghai")).toBe("10:00");
    expect(formatTime(instant, "ru", "Europe/Moscow")).toBe("05:00");
    expect(formatTime(instant, "zh", "Asia/Vladivostok")).toBe("12:00");
  });

  it("knows which calendar day an instant falls on in a zone", () => {
    const lateInMoscow = new Date("2022-06-21T22:30:00Z");
    expect(localDay(lateInMoscow, "Europe/Moscow")).toBe("2022-06-22");
    expect(localDay(lateInMoscow, "UTC")).toBe("2022-06-21");
  });

  it("formats date ranges in every language", () => {
    const start = new Date("2022-06-21T00:00:00Z");
    const end = new Date("2022-06-22T00:00:00Z");
    expect(formatDateRange(start, end, "en")).toMatch(/21.*22 June 2022/);
    expect(formatDateRange(start, end, "ru")).toMatch(/21.*22 июня 2022/);
    expect(formatDateRange(start, end, "zh")).toMatch(/2022年6月21日/);
  });
});
