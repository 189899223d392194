import { describe, expect, it } from "vitest";
import { zodIssuesToFieldKeys } from "@/lib/actions/form-data";
import { availabilityFormSchema } from "./form-schemas";

const errorsOf = (days: unknown) => {
  const result = availabilityFormSchema.safeParse({ sessionId: "s1", days: JSON.stringify(days) });
  return result.success ? null : zodIssuesToFieldKeys(result.error.issues);
};

describe("the availability form", () => {
  it("passes the raw days on when they are valid", () => {
    const days = [{ day: "2026-06-01", ranges: [{ start: "09:00", end: "24:00" }] }];
    expect(availabilityFormSchema.parse({ sessionId: "s1", days: JSON.stringify(days) }).days).toEqual(days);
  });

  it("reports errors at the paths the form shows them", () => {
    expect(errorsOf([{ day: "2026-06-01", ranges: [{ start: "10:00", end: "09:00" }] }])).toEqual({
      "days.0.ranges.0.end": "endBeforeStart",
    });
    expect(
      errorsOf([
        { day: "2026-06-01", ranges: [] },
        {
          day: "2026-06-02",
          ranges: [
            { start: "09:00", end: "11:00" },
            { start: "10:00", end: "12:00" },
          ],
        },
      ]),
    ).toEqual({ "days.1.ranges": "availabilityOverlap" });
    expect(errorsOf([{ day: "2026-06-01", ranges: [{ start: "", end: "09:00" }] }])).toEqual({
      "days.0.ranges.0.start": "timeInvalid",
    });
  });

  it("asks for reset instead of an empty list, and refuses what is not JSON", () => {
    expect(errorsOf([{ day: "2026-06-01", ranges: [] }])).toEqual({ days: "availabilityEmpty" });
    const broken = availabilityFormSchema.safeParse({ sessionId: "s1", days: "{" });
    expect(broken.success ? null : zodIssuesToFieldKeys(broken.error.issues)).toEqual({ days: "invalid" });
  });
});
