import { describe, expect, it } from "vitest";
import { formatCalendarDay } from "./format-day";

describe("formatCalendarDay", () => {
  it("writes the date the way each language does", () => {
    expect(formatCalendarDay("2022-06-27", "en")).toBe("Mon 27 June");
    expect(formatCalendarDay("2022-06-27", "zh")).toBe("6月27日周一");
    expect(formatCalendarDay("2022-06-27", "ru")).toBe("пн, 27 июня");
  });
});
