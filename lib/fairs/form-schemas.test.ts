import { describe, expect, it } from "vitest";
import { parseClockRanges, sessionFormSchema } from "./form-schemas";

describe("console form parsing", () => {
  it("reads breaks written by hand", () => {
    expect(parseClockRanges("12:00-13:00, 9:30 – 9:45")).toEqual([
      { start: "12:00", end: "13:00" },
      { start: "09:30", end: "09:45" },
    ]);
    expect(parseClockRanges("")).toEqual([]);
    expect(parseClockRanges("noon")).toBeNull();
  });

  it("turns checkboxes, numbers and lists into the domain's input", () => {
    const parsed = sessionFormSchema.parse({
      titleEn: "a",
      titleZh: "b",
      titleRu: "c",
      startDate: "2026-06-01",
      endDate: "2026-06-01",
      dailyStart: "09:00",
      dailyEnd: "17:00",
      slotMinutes: "20",
      breaks: "12:00-13:00",
      categorySlugs: ["fabrics", "yarn"],
      registrationNeedsApproval: "on",
      requestExpiryHours: "",
      cancelMeetingIds: "m1,m2",
    });
    expect(parsed).toMatchObject({
      slotMinutes: 20,
      requestExpiryHours: undefined,
      registrationNeedsApproval: true,
      categorySlugs: ["fabrics", "yarn"],
      cancelMeetingIds: ["m1", "m2"],
      breaks: [{ start: "12:00", end: "13:00" }],
    });
    expect(sessionFormSchema.safeParse({ ...parsed, breaks: "lunch" }).success).toBe(false);
  });
});
