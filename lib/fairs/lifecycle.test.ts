import { describe, expect, it } from "vitest";
import { isRegistrationOpen, lifecycleRefusal, sessionPhase, type SessionLifecycleInput } from "./lifecycle";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** A two-day session on 1-2 June 2026 of a fair held in `timeZone`. */
const session = (timeZone: string, overrides: Partial<SessionLifecycleInput> = {}): SessionLifecycleInput => ({
  fairStatus: "PUBLISHED",
  timeZone,
  startDate: day("2026-06-01"),
  endDate: day("2026-06-02"),
  registrationDeadline: null,
  ...overrides,
});
const at = (iso: string) => new Date(iso);

describe("a session's phase in the fair's time zone", () => {
  const hangzhou = session("Asia/Shanghai"); // UTC+8: the first day starts 2026-05-31T16:00Z

  it("is open before the session, live from the first minute of its first day to the last of its last", () => {
    expect(sessionPhase(hangzhou, at("2026-05-31T15:59:00Z"))).toBe("open");
    expect(sessionPhase(hangzhou, at("2026-05-31T16:00:00Z"))).toBe("live");
    expect(sessionPhase(hangzhou, at("2026-06-02T15:59:59Z"))).toBe("live");
    expect(sessionPhase(hangzhou, at("2026-06-02T16:00:00Z"))).toBe("ended");
  });

  it("reads the same instants the same way for viewers in Vladivostok and Kaliningrad", () => {
    // 00:00 Hangzhou on 1 June is 02:00 in Vladivostok (UTC+10) and 18:00 on 31 May in Kaliningrad (UTC+2).
    expect(sessionPhase(hangzhou, at("2026-06-01T02:00:00+10:00"))).toBe("live");
    expect(sessionPhase(hangzhou, at("2026-05-31T17:59:00+02:00"))).toBe("open");
    expect(sessionPhase(hangzhou, at("2026-06-02T18:00:00+02:00"))).toBe("ended");
  });

  it("follows a fair held in Vladivostok or Kaliningrad", () => {
    const vladivostok = session("Asia/Vladivostok");
    expect(sessionPhase(vladivostok, at("2026-05-31T13:59:00Z"))).toBe("open");
    expect(sessionPhase(vladivostok, at("2026-05-31T14:00:00Z"))).toBe("live");
    expect(sessionPhase(vladivostok, at("2026-06-02T14:00:00Z"))).toBe("ended");
    const kaliningrad = session("Europe/Kaliningrad");
    expect(sessionPhase(kaliningrad, at("2026-05-31T21:59:00Z"))).toBe("open");
    expect(sessionPhase(kaliningrad, at("2026-05-31T22:00:00Z"))).toBe("live");
    expect(sessionPhase(kaliningrad, at("2026-06-02T21:59:00Z"))).toBe("live");
    expect(sessionPhase(kaliningrad, at("2026-06-02T22:00:00Z"))).toBe("ended");
  });

  it("is draft or archived by the organizer's state whatever the date", () => {
    expect(sessionPhase(session("Asia/Shanghai", { fairStatus: "DRAFT" }), at("2030-01-01T00:00:00Z"))).toBe("draft");
    expect(sessionPhase(session("Asia/Shanghai", { fairStatus: "ARCHIVED" }), at("2026-01-01T00:00:00Z"))).toBe(
      "archived",
    );
  });
});

describe("the registration deadline", () => {
  const withDeadline = session("Asia/Shanghai", { registrationDeadline: day("2026-05-25") });

  it("closes registration after the deadline day ends in the fair's zone", () => {
    expect(sessionPhase(withDeadline, at("2026-05-25T15:59:00Z"))).toBe("open");
    expect(sessionPhase(withDeadline, at("2026-05-25T16:00:00Z"))).toBe("closed");
    expect(lifecycleRefusal(withDeadline, "register", at("2026-05-25T15:59:00Z"))).toBeNull();
    expect(lifecycleRefusal(withDeadline, "register", at("2026-05-25T16:00:00Z"))).toBe("registrationClosed");
    // Meetings can still be requested until the session ends.
    expect(lifecycleRefusal(withDeadline, "meet", at("2026-05-28T00:00:00Z"))).toBeNull();
  });

  it("defaults to the session's start, and may reach into the session's days", () => {
    const hangzhou = session("Asia/Shanghai");
    expect(isRegistrationOpen(hangzhou, at("2026-05-31T15:59:00Z"))).toBe(true);
    expect(isRegistrationOpen(hangzhou, at("2026-05-31T16:00:00Z"))).toBe(false);
    const late = session("Asia/Shanghai", { registrationDeadline: day("2026-06-01") });
    expect(isRegistrationOpen(late, at("2026-06-01T15:59:00Z"))).toBe(true);
    expect(isRegistrationOpen(late, at("2026-06-01T16:00:00Z"))).toBe(false);
  });
});

describe("what may happen in a session now", () => {
  const hangzhou = session("Asia/Shanghai");
  const ended = at("2026-06-02T16:00:00Z");

  it("refuses every action once the session has ended", () => {
    for (const action of ["register", "meet", "target", "schedule"] as const) {
      expect(lifecycleRefusal(hangzhou, action, ended)).toBe("sessionEnded");
    }
  });

  it("lets meetings be requested and scheduled while the session is live", () => {
    expect(lifecycleRefusal(hangzhou, "meet", at("2026-06-01T05:00:00Z"))).toBeNull();
    expect(lifecycleRefusal(hangzhou, "schedule", at("2026-06-01T05:00:00Z"))).toBeNull();
  });

  it("hides a draft fair's sessions from participants but lets its organizer schedule", () => {
    const draft = session("Asia/Shanghai", { fairStatus: "DRAFT" });
    expect(lifecycleRefusal(draft, "meet", at("2026-05-01T00:00:00Z"))).toBe("sessionNotPublished");
    expect(lifecycleRefusal(draft, "schedule", at("2026-05-01T00:00:00Z"))).toBeNull();
  });
});
