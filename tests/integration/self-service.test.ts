/**
 * What participants manage themselves: their availability on their own clock
 * (the profile zone, which may differ from the organization's), their API token
 * list, their calendar feed (audited); and the organizer's view of a session.
 */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { createCalendarFeed, getCalendarFeedStatus, revokeCalendarFeed } from "@/lib/calendar/calendar-feed";
import { getAvailability } from "@/lib/scheduling/get-availability";
import { listAvailabilitySessions } from "@/lib/scheduling/list-availability-sessions";
import { setAvailability } from "@/lib/scheduling/set-availability";
import { requireHostedSession } from "@/lib/tenancy/hosted";
import { actorFor } from "../factories/actors";
import { expectAppError } from "../factories/errors";
import { createMeetingWorld, type MeetingWorld } from "../factories/meetings";
import { createApprovedBuyer } from "../factories/organizations";
import { createOrganizerActor } from "../factories/users";

let world: MeetingWorld;
let sessionId: string;

const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3));
const range = (from: string, to: string) => ({ startMinute: minutes(from), endMinute: minutes(to) });
const utc = (ranges: { start: Date; end: Date }[]) => ranges.map((r) => [r.start.toISOString(), r.end.toISOString()]);

beforeAll(async () => {
  world = await createMeetingWorld();
  sessionId = world.session.id;
});

beforeEach(async () => {
  await db.availability.deleteMany({});
});

describe("availability on the person's own clock", () => {
  it("shows the session window, the default and the reference zone in a Moscow buyer's time", async () => {
    const view = await getAvailability(world.buyer.actor, sessionId);
    expect(view).toMatchObject({
      timeZone: "Europe/Moscow",
      organizationTimeZone: "Europe/Moscow",
      fairTimeZone: "Asia/Shanghai",
      counterpartTimeZone: "Asia/Shanghai", // the suppliers' clock
      stored: false,
    });
    // The fair's 10:00-18:00 is 05:00-13:00 in Moscow; the default clips it to 08:00.
    expect(view.windows).toEqual([
      { day: "2026-06-01", ranges: [range("05:00", "13:00")] },
      { day: "2026-06-02", ranges: [range("05:00", "13:00")] },
    ]);
    expect(view.defaultDays).toEqual(view.days);
    expect(view.defaultDays[0].ranges).toEqual([range("08:00", "13:00")]);
    // A Hangzhou supplier sees the buyers' Moscow clock beside its own.
    expect((await getAvailability(world.supplier.actor, sessionId)).counterpartTimeZone).toBe("Europe/Moscow");
  });

  it("reads and writes a person's ranges in their profile zone, not the organization's", async () => {
    await db.user.update({ where: { id: world.buyer.actor.id }, data: { timeZone: "Asia/Vladivostok" } });
    try {
      const traveller = await actorFor(world.buyer.actor.id);
      const view = await getAvailability(traveller, sessionId);
      expect(view.timeZone).toBe("Asia/Vladivostok");
      expect(view.windows[0]).toEqual({ day: "2026-06-01", ranges: [range("12:00", "20:00")] });
      // The default is still the organization's 08:00-13:00 Moscow = 15:00-20:00 Vladivostok.
      expect(view.days[0]).toEqual({ day: "2026-06-01", ranges: [range("15:00", "20:00")] });

      const saved = await setAvailability(traveller, sessionId, {
        days: [{ day: "2026-06-01", ranges: [{ start: "12:00", end: "13:00" }] }],
      });
      expect(utc(saved.ranges)).toEqual([["2026-06-01T02:00:00.000Z", "2026-06-01T03:00:00.000Z"]]);
      // The colleague in Moscow sees the same hours on the Moscow clock.
      expect((await getAvailability(world.buyer.actor, sessionId)).days).toEqual([
        { day: "2026-06-01", ranges: [range("05:00", "06:00")] },
      ]);
    } finally {
      await db.user.update({ where: { id: world.buyer.actor.id }, data: { timeZone: "Europe/Moscow" } });
    }
  });

  it("refuses a range outside the session's meeting hours and keeps what was saved", async () => {
    await setAvailability(world.buyer.actor, sessionId, {
      days: [{ day: "2026-06-01", ranges: [{ start: "09:00", end: "10:00" }] }],
    });
    const error = await expectAppError(
      setAvailability(world.buyer.actor, sessionId, {
        days: [
          { day: "2026-06-01", ranges: [{ start: "06:00", end: "07:00" }] },
          {
            day: "2026-06-02",
            ranges: [
              { start: "09:00", end: "10:00" },
              { start: "12:00", end: "14:00" }, // the window closes at 13:00 Moscow
            ],
          },
        ],
      }),
      "VALIDATION",
      "availabilityOutsideWindow",
    );
    expect(error.fields).toEqual({ "days.1.ranges.1": "availabilityOutsideWindow" });
    const kept = await getAvailability(world.buyer.actor, sessionId);
    expect(kept.days).toEqual([{ day: "2026-06-01", ranges: [range("09:00", "10:00")] }]);
  });

  it("lists the sessions the organization is registered in, and whether it set its hours there", async () => {
    expect(await listAvailabilitySessions(world.buyer.actor)).toMatchObject([{ id: sessionId, customized: false }]);
    await setAvailability(world.buyer.actor, sessionId, {
      days: [{ day: "2026-06-01", ranges: [{ start: "09:00", end: "10:00" }] }],
    });
    expect(await listAvailabilitySessions(world.buyer.actor)).toMatchObject([{ id: sessionId, customized: true }]);
    expect(await listAvailabilitySessions((await createApprovedBuyer(world.organizer)).actor)).toEqual([]);
    await expectAppError(listAvailabilitySessions(world.organizer), "FORBIDDEN", "forbidden");
  });
});

describe("the organizer's session", () => {
  it("is found only by organizers of the hosting fair", async () => {
    expect(await requireHostedSession(world.organizer, sessionId)).toMatchObject({
      id: sessionId,
      fair: { timeZone: "Asia/Shanghai" },
    });
    await expectAppError(requireHostedSession(await createOrganizerActor(), sessionId), "NOT_FOUND", "sessionNotFound");
    await expectAppError(requireHostedSession(world.buyer.actor, sessionId), "FORBIDDEN", "forbidden");
  });
});

describe("settings", () => {
  it("keeps a token's first characters so its owner can tell tokens apart", async () => {
    const created = await createApiToken(world.buyer.actor, { name: "amoCRM" });
    expect(created.prefix).toBe(created.token.slice(0, 8));
    const listed = (await listApiTokens(world.buyer.actor)).find((t) => t.id === created.id);
    expect(listed?.prefix).toBe(created.token.slice(0, 8));
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.tokenHash).not.toContain(created.token.slice(3));
  });

  it("audits creating, regenerating and revoking the calendar feed", async () => {
    const actor = world.supplier.actor;
    expect(await getCalendarFeedStatus(actor)).toBeNull();
    await createCalendarFeed(actor);
    await createCalendarFeed(actor);
    const status = await getCalendarFeedStatus(actor);
    expect(status).toMatchObject({ createdAt: expect.any(Date), lastUsedAt: null });
    expect(await revokeCalendarFeed(actor)).toBe(true);
    expect(await revokeCalendarFeed(actor)).toBe(false);
    expect(await getCalendarFeedStatus(actor)).toBeNull();
    const audit = await db.auditLog.findMany({
      where: { actorId: actor.id, action: { startsWith: "calendarFeed." } },
      orderBy: { createdAt: "asc" },
      select: { action: true, data: true, organizationId: true },
    });
    expect(audit).toEqual([
      { action: "calendarFeed.created", data: { replaced: 0 }, organizationId: world.supplier.organization.id },
      { action: "calendarFeed.created", data: { replaced: 1 }, organizationId: world.supplier.organization.id },
      { action: "calendarFeed.revoked", data: null, organizationId: world.supplier.organization.id },
    ]);
  });
});
