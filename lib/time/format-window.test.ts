import { describe, expect, it } from "vitest";
import {
  calendarDay,
  clockTime,
  dayShift,
  fromPlainTimetable,
  toPlainTimetable,
  utcOffsetLabel,
  windowInZone,
  type SessionTimetable,
} from "./format-window";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

// 09:00–17:00 Hangzhou time with a lunch break, on two days.
const session: SessionTimetable = {
  startDate: day("2022-06-27"),
  endDate: day("2022-06-28"),
  dailyStartMinute: 9 * 60,
  dailyEndMinute: 17 * 60,
  timeZone: "Asia/Shanghai",
  breaks: [{ startMinute: 12 * 60, endMinute: 13 * 60 }],
};

describe("windowInZone", () => {
  it("shows the fair's own clock unchanged in Shanghai", () => {
    const view = windowInZone(session, "Asia/Shanghai");
    expect(view.uniform).toBe(true);
    expect(view.days.map((d) => d.fairDay)).toEqual(["2022-06-27", "2022-06-28"]);
    expect(view.days[0].window).toEqual({
      start: "09:00",
      end: "17:00",
      startDay: "2022-06-27",
      endDay: "2022-06-27",
      startShift: 0,
      endShift: 0,
    });
    expect(view.days[0].breaks[0]).toMatchObject({ start: "12:00", end: "13:00" });
  });

  it("moves the window five hours earlier for a Moscow viewer", () => {
    const view = windowInZone(session, "Europe/Moscow");
    expect(view.uniform).toBe(true);
    expect(view.days[1].window).toMatchObject({ start: "04:00", end: "12:00", startShift: 0, endShift: 0 });
    expect(view.days[1].breaks[0]).toMatchObject({ start: "07:00", end: "08:00" });
    expect(view.offset).toBe("UTC+3");
  });

  it("moves the window two hours later for a Vladivostok viewer", () => {
    const view = windowInZone(session, "Asia/Vladivostok");
    expect(view.days[0].window).toMatchObject({ start: "11:00", end: "19:00", startShift: 0, endShift: 0 });
  });

  it("marks an evening window that ends after midnight in Vladivostok", () => {
    const evening = {
      ...session,
      dailyStartMinute: 20 * 60,
      dailyEndMinute: 23 * 60,
      breaks: [{ startMinute: 22 * 60 + 30, endMinute: 22 * 60 + 45 }],
    };
    const view = windowInZone(evening, "Asia/Vladivostok");
    expect(view.uniform).toBe(true);
    expect(view.days[0].window).toEqual({
      start: "22:00",
      end: "01:00",
      startDay: "2022-06-27",
      endDay: "2022-06-28",
      startShift: 0,
      endShift: 1,
    });
    // The break lies wholly on the next day for this viewer.
    expect(view.days[0].breaks[0]).toMatchObject({ start: "00:30", end: "00:45", startShift: 1, endShift: 1 });
  });

  it("marks an early window that starts the evening before in Moscow", () => {
    const early = { ...session, dailyStartMinute: 2 * 60, dailyEndMinute: 10 * 60, breaks: [] };
    const view = windowInZone(early, "Europe/Moscow");
    expect(view.days[0].window).toEqual({
      start: "21:00",
      end: "05:00",
      startDay: "2022-06-26",
      endDay: "2022-06-27",
      startShift: -1,
      endShift: 0,
    });
  });

  it("notices when daylight saving makes the days differ", () => {
    const acrossDstEnd = { ...session, startDate: day("2022-10-29"), endDate: day("2022-10-31") };
    const view = windowInZone(acrossDstEnd, "Europe/Berlin");
    expect(view.uniform).toBe(false);
    expect(view.days.map((d) => d.window.start)).toEqual(["03:00", "02:00", "02:00"]);
  });
});

describe("clock helpers", () => {
  const instant = new Date("2022-06-27T16:30:00Z");

  it("reads the clock and the calendar in a zone", () => {
    expect(clockTime(instant, "Asia/Shanghai")).toBe("00:30");
    expect(calendarDay(instant, "Asia/Shanghai")).toBe("2022-06-28");
    expect(clockTime(instant, "Europe/Moscow")).toBe("19:30");
    expect(calendarDay(instant, "Europe/Moscow")).toBe("2022-06-27");
  });

  it("counts whole days between dates, across month ends", () => {
    expect(dayShift("2022-06-30", "2022-07-01")).toBe(1);
    expect(dayShift("2022-06-27", "2022-06-26")).toBe(-1);
    expect(dayShift("2022-06-27", "2022-06-27")).toBe(0);
  });

  it("labels offsets from UTC", () => {
    expect(utcOffsetLabel("Asia/Shanghai", instant)).toBe("UTC+8");
    expect(utcOffsetLabel("Europe/Moscow", instant)).toBe("UTC+3");
    expect(utcOffsetLabel("Asia/Vladivostok", instant)).toBe("UTC+10");
    expect(utcOffsetLabel("Asia/Kolkata", instant)).toBe("UTC+5:30");
    expect(utcOffsetLabel("America/New_York", new Date("2022-01-15T12:00:00Z"))).toBe("UTC-5");
    expect(utcOffsetLabel("UTC", instant)).toBe("UTC");
  });
});

describe("plain timetables", () => {
  it("survive the trip to the browser unchanged", () => {
    const plain = toPlainTimetable(session);
    expect(plain.startDay).toBe("2022-06-27");
    expect(JSON.parse(JSON.stringify(plain))).toEqual(plain);
    expect(fromPlainTimetable(plain)).toEqual(session);
  });

  it("carry nothing but the timetable", () => {
    const record = {
      ...session,
      id: "s1",
      registrations: [{ secret: true }],
      breaks: [{ id: "b1", sessionId: "s1", startMinute: 720, endMinute: 780 }],
    };
    expect(Object.keys(toPlainTimetable(record)).sort()).toEqual([
      "breaks",
      "dailyEndMinute",
      "dailyStartMinute",
      "endDay",
      "startDay",
      "timeZone",
    ]);
    expect(toPlainTimetable(record).breaks).toEqual([{ startMinute: 720, endMinute: 780 }]);
  });
});
