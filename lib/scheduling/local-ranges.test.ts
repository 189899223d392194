import { describe, expect, it } from "vitest";
import type { DailyWindow } from "@/lib/time/session-window";
import { coveredBy, intersectIntervals, mergeIntervals } from "./intervals";
import { defaultAvailability, localRangesToUtc, sessionDaysInZone, utcToLocalRanges } from "./local-ranges";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const utc = (start: string, end: string) => ({ start: new Date(start), end: new Date(end) });
const show = (ranges: { start: Date; end: Date }[]) =>
  ranges.map((r) => `${r.start.toISOString().slice(0, 16)}/${r.end.toISOString().slice(11, 16)}`);

// A Shanghai fair, 09:00-17:00 local (01:00-09:00 UTC), on two days.
const fair: DailyWindow = {
  startDate: day("2026-06-01"),
  endDate: day("2026-06-02"),
  dailyStartMinute: 9 * 60,
  dailyEndMinute: 17 * 60,
  timeZone: "Asia/Shanghai",
};

describe("interval arithmetic", () => {
  it("merges touching and overlapping ranges", () => {
    const merged = mergeIntervals([
      utc("2026-06-01T03:00Z", "2026-06-01T04:00Z"),
      utc("2026-06-01T01:00Z", "2026-06-01T02:00Z"),
      utc("2026-06-01T02:00Z", "2026-06-01T02:30Z"),
      utc("2026-06-01T03:30Z", "2026-06-01T03:45Z"),
    ]);
    expect(show(merged)).toEqual(["2026-06-01T01:00/02:30", "2026-06-01T03:00/04:00"]);
  });

  it("intersects two unions of ranges", () => {
    const a = [utc("2026-06-01T01:00Z", "2026-06-01T05:00Z"), utc("2026-06-01T06:00Z", "2026-06-01T08:00Z")];
    const b = [utc("2026-06-01T04:00Z", "2026-06-01T07:00Z")];
    expect(show(intersectIntervals(a, b))).toEqual(["2026-06-01T04:00/05:00", "2026-06-01T06:00/07:00"]);
  });

  it("treats adjacent ranges as one when asking whether a slot fits", () => {
    const ranges = [utc("2026-06-01T01:00Z", "2026-06-01T02:00Z"), utc("2026-06-01T02:00Z", "2026-06-01T03:00Z")];
    expect(coveredBy(ranges, utc("2026-06-01T01:50Z", "2026-06-01T02:10Z"))).toBe(true);
    expect(coveredBy(ranges, utc("2026-06-01T02:50Z", "2026-06-01T03:10Z"))).toBe(false);
  });
});

describe("defaultAvailability: the session window clipped to 08:00-19:00 on the organization's clock", () => {
  it("clips the morning for a Moscow buyer (09:00 Shanghai is 04:00 Moscow)", () => {
    expect(show(defaultAvailability(fair, "Europe/Moscow"))).toEqual([
      "2026-06-01T05:00/09:00",
      "2026-06-02T05:00/09:00",
    ]);
  });

  it("clips even more for Kaliningrad (UTC+2)", () => {
    expect(show(defaultAvailability(fair, "Europe/Kaliningrad"))).toEqual([
      "2026-06-01T06:00/09:00",
      "2026-06-02T06:00/09:00",
    ]);
  });

  it("keeps the whole window for Vladivostok (11:00-19:00 local) and Hangzhou", () => {
    expect(show(defaultAvailability(fair, "Asia/Vladivostok"))).toEqual([
      "2026-06-01T01:00/09:00",
      "2026-06-02T01:00/09:00",
    ]);
    expect(show(defaultAvailability(fair, "Asia/Shanghai"))).toEqual(
      show(defaultAvailability(fair, "Asia/Vladivostok")),
    );
  });

  it("clips the afternoon across the date line (13:00-21:00 in Auckland)", () => {
    expect(show(defaultAvailability(fair, "Pacific/Auckland"))).toEqual([
      "2026-06-01T01:00/07:00",
      "2026-06-02T01:00/07:00",
    ]);
  });

  it("leaves nothing when the window is night on the organization's clock", () => {
    const evening = { ...fair, dailyStartMinute: 20 * 60, dailyEndMinute: 23 * 60 };
    expect(defaultAvailability(evening, "Asia/Vladivostok")).toEqual([]);
  });

  it("follows daylight saving on the organization's side (New York, 8 March 2026)", () => {
    const window: DailyWindow = {
      ...fair,
      startDate: day("2026-03-07"),
      endDate: day("2026-03-08"),
      dailyStartMinute: 20 * 60,
      dailyEndMinute: 24 * 60,
    };
    // 20:00-24:00 Shanghai = 12:00-16:00 UTC; New York is UTC-5 on the 7th, UTC-4 on the 8th.
    expect(show(defaultAvailability(window, "America/New_York"))).toEqual([
      "2026-03-07T13:00/16:00",
      "2026-03-08T12:00/16:00",
    ]);
  });
});

describe("local wall time and UTC", () => {
  it("turns per-day local ranges into UTC and back", () => {
    const local = [
      {
        day: "2026-06-01",
        ranges: [
          { startMinute: 8 * 60, endMinute: 10 * 60 },
          { startMinute: 11 * 60, endMinute: 12 * 60 },
        ],
      },
    ];
    const ranges = localRangesToUtc(local, "Europe/Moscow");
    expect(show(ranges)).toEqual(["2026-06-01T05:00/07:00", "2026-06-01T08:00/09:00"]);
    expect(utcToLocalRanges(ranges, "Europe/Moscow")).toEqual(local);
  });

  it("splits a UTC range at the viewer's midnight", () => {
    const ranges = [utc("2026-06-01T12:00Z", "2026-06-01T16:00Z")]; // 22:00-02:00 in Vladivostok
    expect(utcToLocalRanges(ranges, "Asia/Vladivostok")).toEqual([
      { day: "2026-06-01", ranges: [{ startMinute: 22 * 60, endMinute: 1440 }] },
      { day: "2026-06-02", ranges: [{ startMinute: 0, endMinute: 2 * 60 }] },
    ]);
  });

  it("names the local days a session touches", () => {
    expect(sessionDaysInZone(fair, "Europe/Moscow")).toEqual(["2026-06-01", "2026-06-02"]);
    const early = { ...fair, dailyStartMinute: 2 * 60, dailyEndMinute: 10 * 60 }; // 21:00-05:00 Moscow
    expect(sessionDaysInZone(early, "Europe/Moscow")).toEqual(["2026-05-31", "2026-06-01", "2026-06-02"]);
  });
});
