import { describe, expect, it } from "vitest";
import { meetingTimeLine, shortMeetingTime } from "./meeting-time";

const start = new Date("2026-06-01T07:00:00.000Z");
const end = new Date("2026-06-01T07:20:00.000Z");

describe("meetingTimeLine", () => {
  it("shows the reader's clock first and the counterpart's beside it", () => {
    expect(meetingTimeLine(start, end, "en", "Europe/Moscow", ["Asia/Shanghai"])).toBe(
      "1 June 2026, 10:00–10:20 Moscow · 15:00–15:20 Hangzhou",
    );
    expect(meetingTimeLine(start, end, "ru", "Asia/Shanghai", ["Europe/Moscow"])).toBe(
      "1 июня 2026 г., 15:00–15:20 Ханчжоу · 10:00–10:20 Москва",
    );
  });

  it("adds the counterpart's date when it differs, and names each zone once", () => {
    const late = new Date("2026-06-01T15:00:00.000Z");
    const lateEnd = new Date("2026-06-01T15:20:00.000Z");
    expect(meetingTimeLine(late, lateEnd, "en", "Europe/Moscow", ["Asia/Vladivostok", "Europe/Moscow"])).toBe(
      "1 June 2026, 18:00–18:20 Moscow · 01:00–01:20 Vladivostok (2 June 2026)",
    );
  });

  it("has a short form for subjects", () => {
    expect(shortMeetingTime(start, "en", "Europe/Moscow")).toBe("1 Jun 2026, 10:00 Moscow");
  });
});
