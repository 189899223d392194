import { describe, expect, it } from "vitest";
import { roomWindow, roomWindowState } from "./room-window";

const meeting = { startsAt: new Date("2026-06-01T05:00:00Z"), endsAt: new Date("2026-06-01T05:20:00Z") };
const at = (iso: string) => new Date(`2026-06-01T${iso}Z`);

describe("roomWindow", () => {
  it("opens 10 minutes before the slot and closes 15 minutes after it", () => {
    expect(roomWindow(meeting)).toEqual({ opensAt: at("04:50:00"), closesAt: at("05:35:00") });
  });

  it("is closed before, open from the opening instant, closed again from the closing instant", () => {
    expect(roomWindowState(meeting, at("04:49:59.999"))).toBe("before");
    expect(roomWindowState(meeting, at("04:50:00"))).toBe("open");
    expect(roomWindowState(meeting, at("05:34:59.999"))).toBe("open");
    expect(roomWindowState(meeting, at("05:35:00"))).toBe("after");
  });
});
