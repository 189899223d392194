import { describe, expect, it } from "vitest";
import { sessionSlots } from "@/lib/scheduling/slot-grid";
import { meetingsOutsideGrid } from "./meetings-outside-grid";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const meeting = (id: string, start: string, end: string) => ({ id, start: new Date(start), end: new Date(end) });
// Shanghai 10:00-18:00 with lunch 12-13 is 02:00-10:00 UTC with a break 04:00-05:00.
const grid = {
  startDate: day("2026-06-01"),
  endDate: day("2026-06-02"),
  dailyStartMinute: 600,
  dailyEndMinute: 1080,
  slotMinutes: 20,
  timeZone: "Asia/Shanghai",
  breaks: [{ startMinute: 720, endMinute: 780 }],
};
const before = new Date("2026-05-01T00:00:00Z");

describe("meetingsOutsideGrid", () => {
  const early = meeting("early", "2026-06-01T02:00:00Z", "2026-06-01T02:20:00Z"); // 10:00 local
  const late = meeting("late", "2026-06-02T09:40:00Z", "2026-06-02T10:00:00Z"); // 17:40 local, day 2

  it("keeps meetings the new grid still covers", () => {
    expect(meetingsOutsideGrid([early, late], sessionSlots(grid), before)).toEqual([]);
    // 30-minute slots still hold a 20-minute meeting that starts on a slot.
    expect(meetingsOutsideGrid([early], sessionSlots({ ...grid, slotMinutes: 30 }), before)).toEqual([]);
  });

  it("lists meetings cut off by a shorter window, a new break or fewer days", () => {
    expect(meetingsOutsideGrid([early, late], sessionSlots({ ...grid, dailyStartMinute: 630 }), before)).toEqual([
      early,
    ]);
    const newBreak = { ...grid, breaks: [...grid.breaks, { startMinute: 600, endMinute: 615 }] };
    expect(meetingsOutsideGrid([early, late], sessionSlots(newBreak), before)).toEqual([early]);
    expect(meetingsOutsideGrid([early, late], sessionSlots({ ...grid, endDate: grid.startDate }), before)).toEqual([
      late,
    ]);
  });

  it("never reports meetings that are over", () => {
    const after = new Date("2026-06-01T03:00:00Z");
    expect(meetingsOutsideGrid([early, late], [], after)).toEqual([late]);
  });
});
