/**
 * Free slots of a pair: the session grid, both availabilities (set or default),
 * the meetings of either side and, when asked, a free interpreter on shift.
 */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { freeSlots } from "@/lib/scheduling/find-free-slots";
import { getAvailability } from "@/lib/scheduling/get-availability";
import { listFreeSlots } from "@/lib/scheduling/list-free-slots";
import { setAvailability } from "@/lib/scheduling/set-availability";
import { listInterpreterShifts, setInterpreterShifts } from "@/lib/scheduling/set-interpreter-shifts";
import { expectAppError, expectValidationError } from "../factories/errors";
import {
  at,
  beforeTheFair,
  createInterpreterOnShift,
  createMeetingWorld,
  createParticipant,
  meetingData,
  type MeetingWorld,
} from "../factories/meetings";
import { createApprovedBuyer } from "../factories/organizations";
import { createInterpreterActor, createOrganizerActor } from "../factories/users";

let world: MeetingWorld;
let sessionId: string;
let supplierId: string;
let buyerId: string;

const starts = (slots: { start: Date }[]) => slots.map((s) => s.start.toISOString().slice(0, 16));
const free = (options: { needsInterpreter?: boolean; now?: Date } = {}) =>
  freeSlots(sessionId, supplierId, buyerId, { now: beforeTheFair, ...options });

beforeAll(async () => {
  world = await createMeetingWorld({ suppliers: 2, buyers: 2 });
  sessionId = world.session.id;
  supplierId = world.supplier.organization.id;
  buyerId = world.buyer.organization.id;
});

beforeEach(async () => {
  await db.meeting.deleteMany({});
  await db.availability.deleteMany({});
  await db.interpreterShift.deleteMany({});
});

describe("default availability", () => {
  it("offers a Hangzhou supplier and a Moscow buyer 08:00-13:00 Moscow on both days, around lunch", async () => {
    const slots = await free();
    expect(slots).toHaveLength(2 * 15);
    expect(starts(slots).slice(0, 2)).toEqual(["2026-06-01T05:00", "2026-06-01T05:20"]);
    expect(starts(slots)[14]).toBe("2026-06-01T09:40");
    expect(starts(slots)[15]).toBe("2026-06-02T05:00");
    for (const slot of slots) expect(slot.end.getTime() - slot.start.getTime()).toBe(20 * 60_000);
  });

  it("clips the morning for a Kaliningrad buyer and the evening for a Vladivostok buyer", async () => {
    const kaliningrad = await createParticipant("BUYER", sessionId, world.organizer, {
      city: "Kaliningrad",
      timeZone: "Europe/Kaliningrad",
    });
    const vladivostok = await createParticipant("BUYER", sessionId, world.organizer, {
      city: "Vladivostok",
      timeZone: "Asia/Vladivostok",
    });
    const west = await freeSlots(sessionId, supplierId, kaliningrad.organization.id, { now: beforeTheFair });
    expect(west).toHaveLength(2 * 12); // 08:00 Kaliningrad = 06:00 UTC
    expect(starts(west)[0]).toBe("2026-06-01T06:00");
    const east = await freeSlots(sessionId, supplierId, vladivostok.organization.id, { now: beforeTheFair });
    expect(east).toHaveLength(2 * 18); // the fair's 17:00-18:00 is 19:00-20:00 in Vladivostok
    expect(starts(east)[0]).toBe("2026-06-01T02:00");
    expect(starts(east)[17]).toBe("2026-06-01T08:40");
  });

  it("is reported as the default, in the organization's own clock", async () => {
    const availability = await getAvailability(world.buyer.actor, sessionId);
    expect(availability).toMatchObject({ stored: false, timeZone: "Europe/Moscow" });
    expect(availability.days).toEqual([
      { day: "2026-06-01", ranges: [{ startMinute: 8 * 60, endMinute: 13 * 60 }] },
      { day: "2026-06-02", ranges: [{ startMinute: 8 * 60, endMinute: 13 * 60 }] },
    ]);
    expect(availability.sessionDays).toEqual(["2026-06-01", "2026-06-02"]);
  });
});

describe("setAvailability", () => {
  it("stores local wall time as UTC and limits the free slots to it", async () => {
    const saved = await setAvailability(world.buyer.actor, sessionId, {
      days: [
        {
          day: "2026-06-01",
          ranges: [
            { start: "09:00", end: "10:00" },
            { start: "11:00", end: "12:00" },
          ],
        },
      ],
    });
    expect(saved.stored).toBe(true);
    expect(saved.ranges.map((r) => [r.start.toISOString(), r.end.toISOString()])).toEqual([
      ["2026-06-01T06:00:00.000Z", "2026-06-01T07:00:00.000Z"],
      ["2026-06-01T08:00:00.000Z", "2026-06-01T09:00:00.000Z"],
    ]);
    expect(starts(await free())).toEqual([
      "2026-06-01T06:00",
      "2026-06-01T06:20",
      "2026-06-01T06:40",
      "2026-06-01T08:00",
      "2026-06-01T08:20",
      "2026-06-01T08:40",
    ]);
    const audit = await db.auditLog.findFirst({ where: { action: "availability.set", organizationId: buyerId } });
    expect(audit?.entityId).toBe(sessionId);
  });

  it("joins adjacent ranges, so a slot may straddle them", async () => {
    await setAvailability(world.buyer.actor, sessionId, {
      days: [
        {
          day: "2026-06-01",
          ranges: [
            { start: "09:00", end: "09:30" },
            { start: "09:30", end: "10:00" },
          ],
        },
      ],
    });
    expect(starts(await free())).toEqual(["2026-06-01T06:00", "2026-06-01T06:20", "2026-06-01T06:40"]);
  });

  it("restores the default when cleared", async () => {
    await setAvailability(world.buyer.actor, sessionId, {
      days: [{ day: "2026-06-01", ranges: [{ start: "09:00", end: "10:00" }] }],
    });
    const cleared = await setAvailability(world.buyer.actor, sessionId, { days: [] });
    expect(cleared.stored).toBe(false);
    expect(await free()).toHaveLength(30);
  });

  it("refuses a day outside the session, overlapping ranges and an end before the start", async () => {
    const outside = await expectAppError(
      setAvailability(world.buyer.actor, sessionId, {
        days: [{ day: "2026-06-05", ranges: [{ start: "09:00", end: "10:00" }] }],
      }),
      "VALIDATION",
      "availabilityOutsideSession",
    );
    expect(outside.fields).toEqual({ "days.0.day": "availabilityOutsideSession" });
    expect(
      await expectValidationError(
        setAvailability(world.buyer.actor, sessionId, {
          days: [
            {
              day: "2026-06-01",
              ranges: [
                { start: "09:00", end: "10:00" },
                { start: "09:30", end: "11:00" },
              ],
            },
          ],
        }),
      ),
    ).toEqual({ "days.0.ranges": "availabilityOverlap" });
    expect(
      await expectValidationError(
        setAvailability(world.buyer.actor, sessionId, {
          days: [{ day: "2026-06-01", ranges: [{ start: "10:00", end: "09:00" }] }],
        }),
      ),
    ).toEqual({ "days.0.ranges.0.end": "endBeforeStart" });
    expect(await db.availability.count()).toBe(0);
  });

  it("is only for organizations registered in the session", async () => {
    const outsider = await createApprovedBuyer(world.organizer);
    await expectAppError(setAvailability(outsider.actor, sessionId, { days: [] }), "FORBIDDEN", "sessionNotRegistered");
    await expectAppError(getAvailability(outsider.actor, sessionId), "FORBIDDEN", "sessionNotRegistered");
    await expectAppError(getAvailability(world.organizer, sessionId), "FORBIDDEN", "forbidden");
  });
});

describe("meetings and time", () => {
  const otherBuyer = () => world.buyers[1].organization.id;
  const otherSupplier = () => world.suppliers[1].organization.id;

  it("removes every slot that overlaps a meeting of either side, whatever its boundaries", async () => {
    await db.meeting.create({
      data: meetingData({ sessionId, supplierOrgId: supplierId, buyerOrgId: otherBuyer() }, "05:10", "05:30"),
    });
    await db.meeting.create({
      data: meetingData({ sessionId, supplierOrgId: otherSupplier(), buyerOrgId: buyerId }, "06:00", "06:20"),
    });
    const slots = starts(await free()).filter((s) => s.startsWith("2026-06-01"));
    expect(slots.slice(0, 4)).toEqual(["2026-06-01T05:40", "2026-06-01T06:20", "2026-06-01T06:40", "2026-06-01T07:00"]);
  });

  it("ignores cancelled meetings", async () => {
    await db.meeting.create({
      data: meetingData(
        { sessionId, supplierOrgId: supplierId, buyerOrgId: otherBuyer() },
        "05:00",
        "05:20",
        "CANCELLED",
      ),
    });
    expect(starts(await free())[0]).toBe("2026-06-01T05:00");
  });

  it("offers only slots that have not started", async () => {
    const slots = await free({ now: at("07:00") });
    expect(starts(slots)[0]).toBe("2026-06-01T07:20");
    expect(slots).toHaveLength(30 - 7);
  });
});

describe("with an interpreter", () => {
  it("offers nothing while no interpreter is on shift", async () => {
    expect(await free({ needsInterpreter: true })).toEqual([]);
  });

  it("offers the slots inside a shift where the interpreter is not already booked", async () => {
    const interpreter = await createInterpreterOnShift(world.organizer, sessionId, [["05:00", "06:00"]]);
    expect(starts(await free({ needsInterpreter: true }))).toEqual([
      "2026-06-01T05:00",
      "2026-06-01T05:20",
      "2026-06-01T05:40",
    ]);
    await db.meeting.create({
      data: meetingData(
        {
          sessionId,
          supplierOrgId: world.suppliers[1].organization.id,
          buyerOrgId: world.buyers[1].organization.id,
          interpreterId: interpreter.id,
        },
        "05:20",
        "05:40",
      ),
    });
    expect(starts(await free({ needsInterpreter: true }))).toEqual(["2026-06-01T05:00", "2026-06-01T05:40"]);
    expect(await free({ needsInterpreter: false })).toHaveLength(30);
  });

  it("does not count a disabled interpreter or one without Chinese and Russian", async () => {
    const disabled = await createInterpreterOnShift(world.organizer, sessionId, [["05:00", "06:00"]]);
    await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    const english = await createInterpreterOnShift(world.organizer, sessionId, [["05:00", "06:00"]]);
    await db.user.update({ where: { id: english.id }, data: { languages: ["zh", "en"] } });
    expect(await free({ needsInterpreter: true })).toEqual([]);
  });
});

describe("interpreter shifts", () => {
  it("are set by the host's organizers in the fair's clock and make slots bookable with an interpreter", async () => {
    const interpreter = await createInterpreterActor(world.organizer);
    const shifts = await setInterpreterShifts(world.organizer, {
      sessionId,
      interpreterId: interpreter.id,
      days: [{ day: "2026-06-01", ranges: [{ start: "13:00", end: "14:00" }] }],
    });
    expect(shifts.map((s) => [s.startsAt, s.endsAt])).toEqual([[at("05:00"), at("06:00")]]);
    expect(starts(await free({ needsInterpreter: true }))).toEqual([
      "2026-06-01T05:00",
      "2026-06-01T05:20",
      "2026-06-01T05:40",
    ]);
    expect(await listInterpreterShifts(world.organizer, sessionId)).toHaveLength(1);
    await setInterpreterShifts(world.organizer, { sessionId, interpreterId: interpreter.id, days: [] });
    expect(await free({ needsInterpreter: true })).toEqual([]);
  });

  it("refuse other hosts, non-interpreters and days outside the session", async () => {
    const interpreter = await createInterpreterActor(world.organizer);
    const shift = (day = "2026-06-01") => ({
      sessionId,
      interpreterId: interpreter.id,
      days: [{ day, ranges: [{ start: "13:00", end: "14:00" }] }],
    });
    await expectAppError(setInterpreterShifts(await createOrganizerActor(), shift()), "NOT_FOUND", "sessionNotFound");
    await expectAppError(setInterpreterShifts(world.buyer.actor, shift()), "FORBIDDEN", "forbidden");
    await expectAppError(
      setInterpreterShifts(world.organizer, { ...shift(), interpreterId: world.buyer.actor.id }),
      "NOT_FOUND",
      "interpreterNotFound",
    );
    await expectAppError(
      setInterpreterShifts(world.organizer, shift("2026-06-03")),
      "VALIDATION",
      "shiftOutsideSession",
    );
    expect(await db.interpreterShift.count()).toBe(0);
  });
});

describe("listFreeSlots (the API's view)", () => {
  it("answers for the caller's organization and a registered counterpart", async () => {
    const slots = await listFreeSlots(
      world.buyer.actor,
      { sessionId, organizationId: supplierId },
      { now: beforeTheFair },
    );
    expect(slots).toHaveLength(30);
    expect(Object.keys(slots[0]).sort()).toEqual(["end", "start"]);
  });

  it("does not find an organization of the same kind or one outside the session", async () => {
    await expectAppError(
      listFreeSlots(world.buyer.actor, { sessionId, organizationId: world.buyers[1].organization.id }),
      "NOT_FOUND",
      "organizationNotFound",
    );
    const outsider = await createApprovedBuyer(world.organizer);
    await expectAppError(
      listFreeSlots(world.supplier.actor, { sessionId, organizationId: outsider.organization.id }),
      "NOT_FOUND",
      "organizationNotFound",
    );
  });
});
