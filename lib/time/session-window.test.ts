import { describe, expect, it } from "vitest";
import { dailyIntervals, sessionDays, zonedInstant, formatMinuteOfDay } from "./session-window";

describe("session window", () => {
  it("lists every calendar day inclusive", () => {
    expect(
      sessionDays({ startDate: new Date("2022-06-27T00:00:00Z"), endDate: new Date("2022-06-29T00:00:00Z") }),
    ).toEqual(["2022-06-27", "2022-06-28", "2022-06-29"]);
  });

  it("reads clock times in the fair's zone (Shanghai is UTC+8)", () => {
    expect(zonedInstant("2022-06-27", 9 * 60, "Asia/Shanghai").toISOString()).toBe("2022-06-27T01:00:00.000Z");
  });

  it("turns a Shanghai window into UTC instants that Moscow and Vladivostok read differently", () => {
    const [first] = dailyIntervals({
      startDate: new Date("2022-06-27T00:00:00Z"),
      endDate: new Date("2022-06-27T00:00:00Z"),
      dailyStartMinute: 9 * 60,
      dailyEndMinute: 17 * 60 + 30,
      timeZone: "Asia/Shanghai",
    });
    expect(first.start.toISOString()).toBe("2022-06-27T01:00:00.000Z");
    expect(first.end.toISOString()).toBe("2022-06-27T09:30:00.000Z");
    const moscow = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Moscow", hour: "2-digit", minute: "2-digit" });
    const vladivostok = new Intl.DateTimeFormat("en-GB", {
      timeZone: "Asia/Vladivostok",
      hour: "2-digit",
      minute: "2-digit",
    });
    expect(moscow.format(first.start)).toBe("04:00");
    expect(vladivostok.format(first.start)).toBe("11:00");
  });

  it("formats minutes as a 24-hour clock", () => {
    expect(formatMinuteOfDay(545)).toBe("09:05");
  });
});
