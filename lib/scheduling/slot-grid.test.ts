import { describe, expect, it } from "vitest";
import { clockTime, calendarDay } from "@/lib/time/format-window";
import { findSlot, sessionSlots, type SlotGridInput } from "./slot-grid";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (slots: { start: Date }[]) => slots.map((s) => s.start.toISOString());

// The factory session: two days in Hangzhou, 10:00-18:00, lunch 12:00-13:00, 20-minute slots.
const shanghai: SlotGridInput = {
  startDate: day("2026-06-01"),
  endDate: day("2026-06-02"),
  dailyStartMinute: 10 * 60,
  dailyEndMinute: 18 * 60,
  slotMinutes: 20,
  timeZone: "Asia/Shanghai",
  breaks: [{ startMinute: 12 * 60, endMinute: 13 * 60 }],
};

describe("sessionSlots", () => {
  it("fills each day's window around the break with back-to-back slots", () => {
    const slots = sessionSlots(shanghai);
    expect(slots).toHaveLength(2 * (6 + 15));
    expect(slots[0]).toEqual({
      fairDay: "2026-06-01",
      start: new Date("2026-06-01T02:00:00Z"),
      end: new Date("2026-06-01T02:20:00Z"),
    });
    // 11:40-12:00 is the last slot before lunch, 13:00 the first after it.
    expect(iso(slots.slice(5, 7))).toEqual(["2026-06-01T03:40:00.000Z", "2026-06-01T05:00:00.000Z"]);
    expect(slots[20].end.toISOString()).toBe("2026-06-01T10:00:00.000Z");
    expect(slots[21].fairDay).toBe("2026-06-02");
    for (const slot of slots) expect(slot.end.getTime() - slot.start.getTime()).toBe(20 * 60_000);
  });

  it("shows the same slots on each viewer's own clock (Vladivostok, Kaliningrad: no daylight saving)", () => {
    const [first] = sessionSlots(shanghai);
    expect(clockTime(first.start, "Asia/Shanghai")).toBe("10:00");
    expect(clockTime(first.start, "Asia/Vladivostok")).toBe("12:00");
    expect(clockTime(first.start, "Europe/Kaliningrad")).toBe("04:00");
    expect(clockTime(first.start, "Europe/Moscow")).toBe("05:00");
  });

  it("restarts the slots at the end of each break and drops a slot that would run into one", () => {
    const slots = sessionSlots({
      ...shanghai,
      endDate: shanghai.startDate,
      dailyStartMinute: 10 * 60,
      dailyEndMinute: 12 * 60,
      slotMinutes: 25,
      breaks: [{ startMinute: 11 * 60, endMinute: 11 * 60 + 15 }],
    });
    expect(slots.map((s) => clockTime(s.start, "Asia/Shanghai"))).toEqual(["10:00", "10:25", "11:15"]);
  });

  it("ignores overlapping breaks twice and breaks outside the window", () => {
    const slots = sessionSlots({
      ...shanghai,
      endDate: shanghai.startDate,
      slotMinutes: 60,
      breaks: [
        { startMinute: 12 * 60, endMinute: 13 * 60 },
        { startMinute: 12 * 60 + 30, endMinute: 14 * 60 },
        { startMinute: 6 * 60, endMinute: 7 * 60 },
      ],
    });
    expect(slots.map((s) => clockTime(s.start, "Asia/Shanghai"))).toEqual([
      "10:00",
      "11:00",
      "14:00",
      "15:00",
      "16:00",
      "17:00",
    ]);
  });

  it("puts a fair day east of the date line on the previous UTC date (Auckland)", () => {
    const auckland = { ...shanghai, timeZone: "Pacific/Auckland", dailyStartMinute: 9 * 60, breaks: [] };
    const [first] = sessionSlots(auckland);
    expect(first.fairDay).toBe("2026-06-01");
    expect(first.start.toISOString()).toBe("2026-05-31T21:00:00.000Z"); // NZST, UTC+12
    expect(calendarDay(first.start, "Europe/Moscow")).toBe("2026-06-01");
    expect(clockTime(first.start, "Europe/Moscow")).toBe("00:00");
    expect(calendarDay(first.start, "America/Los_Angeles")).toBe("2026-05-31");
  });

  it("follows the fair's clock across the start of daylight saving (Auckland, 27 Sep 2026)", () => {
    const auckland: SlotGridInput = {
      ...shanghai,
      startDate: day("2026-09-26"),
      endDate: day("2026-09-27"),
      timeZone: "Pacific/Auckland",
      dailyStartMinute: 9 * 60,
      dailyEndMinute: 17 * 60,
      breaks: [],
    };
    const slots = sessionSlots(auckland);
    const [saturday, sunday] = ["2026-09-26", "2026-09-27"].map((d) => slots.filter((s) => s.fairDay === d));
    expect(saturday).toHaveLength(24);
    expect(sunday).toHaveLength(24);
    expect(saturday[0].start.toISOString()).toBe("2026-09-25T21:00:00.000Z"); // UTC+12
    expect(sunday[0].start.toISOString()).toBe("2026-09-26T20:00:00.000Z"); // UTC+13
    expect(sunday.map((s) => clockTime(s.start, "Pacific/Auckland"))).toEqual(
      saturday.map((s) => clockTime(s.start, "Pacific/Auckland")),
    );
  });

  it("gives a window that spans the clock change whole slots of real length (New York)", () => {
    const night: SlotGridInput = {
      startDate: day("2026-03-08"),
      endDate: day("2026-03-08"),
      dailyStartMinute: 0,
      dailyEndMinute: 6 * 60,
      slotMinutes: 60,
      timeZone: "America/New_York",
      breaks: [],
    };
    // 00:00 EST to 06:00 EDT is five hours, not six.
    const spring = sessionSlots(night);
    expect(iso(spring)).toEqual([
      "2026-03-08T05:00:00.000Z",
      "2026-03-08T06:00:00.000Z",
      "2026-03-08T07:00:00.000Z",
      "2026-03-08T08:00:00.000Z",
      "2026-03-08T09:00:00.000Z",
    ]);
    expect(spring.map((s) => clockTime(s.start, "America/New_York"))).toEqual([
      "00:00",
      "01:00",
      "03:00",
      "04:00",
      "05:00",
    ]);
    // 00:00 EDT to 06:00 EST is seven hours.
    const autumn = sessionSlots({ ...night, startDate: day("2026-11-01"), endDate: day("2026-11-01") });
    expect(autumn).toHaveLength(7);
    for (const slot of [...spring, ...autumn]) expect(slot.end.getTime() - slot.start.getTime()).toBe(3_600_000);
  });

  it("finds a slot only by its exact start", () => {
    const slots = sessionSlots(shanghai);
    expect(findSlot(slots, new Date("2026-06-01T02:20:00Z"))?.end.toISOString()).toBe("2026-06-01T02:40:00.000Z");
    expect(findSlot(slots, new Date("2026-06-01T02:10:00Z"))).toBeUndefined();
    expect(findSlot(slots, new Date("2026-06-01T04:20:00Z"))).toBeUndefined(); // lunch
  });
});
