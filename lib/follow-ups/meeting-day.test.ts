import { describe, expect, it } from "vitest";
import { dayIn, dueOnAllowed } from "./meeting-day";

describe("a follow-up's earliest due day", () => {
  // 23:30 UTC on 1 June is 2 June in Hangzhou and Moscow alike, still 1 June in UTC.
  const startsAt = new Date("2026-06-01T23:30:00Z");

  it("is the meeting's day on the clock of whoever sets it", () => {
    expect(dayIn(startsAt, "Asia/Shanghai")).toBe("2026-06-02");
    expect(dayIn(startsAt, "UTC")).toBe("2026-06-01");
    expect(dueOnAllowed("2026-06-02", startsAt, "Asia/Shanghai")).toBe(true);
    expect(dueOnAllowed("2026-06-01", startsAt, "Asia/Shanghai")).toBe(false);
    expect(dueOnAllowed("2026-06-01", startsAt, "UTC")).toBe(true);
    expect(dueOnAllowed("2027-01-01", startsAt, "Europe/Moscow")).toBe(true);
  });
});
