import { describe, expect, it } from "vitest";
import { sessionFormSchema } from "./form-schemas";
import { sessionFieldValues, sessionFormValues } from "./form-values";

// A stored session and the same session submitted again must show identically in the form.
describe("sessionFormValues / sessionFieldValues", () => {
  const stored = {
    titleEn: "Fabric",
    titleZh: "面料",
    titleRu: "Ткани",
    startDate: new Date("2026-06-01T00:00:00Z"),
    endDate: new Date("2026-06-02T00:00:00Z"),
    dailyStartMinute: 600,
    dailyEndMinute: 1080,
    slotMinutes: 20,
    registrationNeedsApproval: true,
    registrationDeadline: new Date("2026-05-25T00:00:00Z"),
    requestExpiryHours: 48,
    breaks: [{ startMinute: 720, endMinute: 780 }],
    categories: [{ category: { slug: "fabric" } }, { category: { slug: "trims" } }],
  };
  const fair = { startDate: stored.startDate, endDate: stored.endDate };

  it("shows a stored session as form strings", () => {
    expect(sessionFormValues(stored, fair)).toEqual({
      titleEn: "Fabric",
      titleZh: "面料",
      titleRu: "Ткани",
      startDate: "2026-06-01",
      endDate: "2026-06-02",
      dailyStart: "10:00",
      dailyEnd: "18:00",
      slotMinutes: "20",
      breaks: "12:00-13:00",
      categorySlugs: "fabric,trims",
      registrationNeedsApproval: "on",
      registrationDeadline: "2026-05-25",
      requestExpiryHours: "48",
    });
  });

  it("gives back a submitted form exactly as it was shown", () => {
    const shown = sessionFormValues(stored, fair);
    expect(sessionFieldValues(sessionFormSchema.parse(shown))).toEqual(shown);
    const blank = sessionFieldValues(
      sessionFormSchema.parse({ ...shown, slotMinutes: "", registrationNeedsApproval: "", registrationDeadline: "" }),
    );
    expect(blank).toMatchObject({ slotMinutes: "", registrationNeedsApproval: "", registrationDeadline: "" });
  });
});
