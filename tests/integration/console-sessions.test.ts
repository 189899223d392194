/**
 * The organizer console: editing fairs and sessions, the rule that a timetable
 * change never silently drops booked meetings, live status numbers, and that
 * only organizers of the hosting fair may do any of it.
 */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listHostedFairs } from "@/lib/fairs/console-queries";
import { getSessionStatus } from "@/lib/fairs/session-status";
import { setFairPublished, updateFair } from "@/lib/fairs/update-fair";
import { updateFairSession, type UpdateSessionResult } from "@/lib/fairs/update-session";
import { requireHostedSession } from "@/lib/tenancy/hosted";
import { expectAppError, expectValidationError } from "../factories/errors";
import {
  at,
  beforeTheFair,
  createInterpreterOnShift,
  createMeetingWorld,
  meetingData,
  type MeetingWorld,
} from "../factories/meetings";
import { createOrganizerActor } from "../factories/users";

const now = beforeTheFair;
let world: MeetingWorld;
let sessionId: string;

beforeAll(async () => {
  world = await createMeetingWorld({ suppliers: 2, buyers: 2 });
  sessionId = world.session.id;
});

beforeEach(async () => {
  await db.meeting.deleteMany({});
  await db.interpreterShift.deleteMany({});
});

/** The factory timetable (10:00-18:00 Shanghai, lunch 12-13, 20-minute slots) with changes. */
function timetable(changes: Partial<Parameters<typeof updateFairSession>[1]> = {}) {
  return {
    sessionId,
    titleEn: "Textiles",
    titleZh: "纺织专场",
    titleRu: "Текстиль",
    startDate: "2026-06-01",
    endDate: "2026-06-02",
    dailyStart: "10:00",
    dailyEnd: "18:00",
    slotMinutes: 20,
    breaks: [{ start: "12:00", end: "13:00" }],
    registrationNeedsApproval: false,
    ...changes,
  };
}

function book(from: string, to: string, supplier = 0, buyer = 0, interpreterId?: string) {
  return db.meeting.create({
    data: meetingData(
      {
        sessionId,
        supplierOrgId: world.suppliers[supplier].organization.id,
        buyerOrgId: world.buyers[buyer].organization.id,
        interpreterId,
      },
      from,
      to,
    ),
  });
}

describe("changing a session's timetable", () => {
  it("lists the booked meetings a later start would cut, and saves nothing until the organizer decides", async () => {
    const early = await book("02:00", "02:20"); // 10:00 Shanghai
    const kept = await book("05:00", "05:20", 1, 1); // 13:00 Shanghai

    const result = await updateFairSession(world.organizer, timetable({ dailyStart: "11:00" }), { now });
    expect(result).toEqual<UpdateSessionResult>({
      status: "needsDecision",
      affected: [
        {
          id: early.id,
          startsAt: at("02:00"),
          endsAt: at("02:20"),
          supplierOrgId: early.supplierOrgId,
          buyerOrgId: early.buyerOrgId,
        },
      ],
    });
    expect((await db.fairSession.findUniqueOrThrow({ where: { id: sessionId } })).dailyStartMinute).toBe(600);
    expect((await db.meeting.findUniqueOrThrow({ where: { id: early.id } })).status).toBe("SCHEDULED");

    const saved = await updateFairSession(
      world.organizer,
      timetable({ dailyStart: "11:00", cancelMeetingIds: [early.id], cancelReason: "Opening ceremony moved" }),
      { now },
    );
    expect(saved).toEqual({ status: "saved", cancelled: 1 });
    expect(await db.meeting.findUniqueOrThrow({ where: { id: early.id } })).toMatchObject({
      status: "CANCELLED",
      cancelReason: "Opening ceremony moved",
      sequence: 1,
    });
    expect((await db.meeting.findUniqueOrThrow({ where: { id: kept.id } })).status).toBe("SCHEDULED");
    expect((await db.fairSession.findUniqueOrThrow({ where: { id: sessionId } })).dailyStartMinute).toBe(660);
    expect(await db.auditLog.count({ where: { action: "meeting.cancelled", entityId: early.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "session.updated", entityId: sessionId } })).toBeGreaterThan(0);
    await updateFairSession(world.organizer, timetable(), { now });
  });

  it("asks again when another meeting became affected after the organizer confirmed", async () => {
    const first = await book("02:00", "02:20");
    const second = await book("02:20", "02:40", 1, 1);
    const result = await updateFairSession(
      world.organizer,
      timetable({ dailyStart: "11:00", cancelMeetingIds: [first.id] }),
      { now },
    );
    expect(result.status === "needsDecision" && result.affected.map((m) => m.id)).toEqual([first.id, second.id]);
    expect(await db.meeting.count({ where: { status: "CANCELLED" } })).toBe(0);
  });

  it("cuts meetings by a new break, a shorter slot grid or fewer days, but keeps those still inside", async () => {
    const day2 = await book("02:00", "02:20");
    await db.meeting.update({
      where: { id: day2.id },
      data: { startsAt: at("02:00", "2026-06-02"), endsAt: at("02:20", "2026-06-02") },
    });
    const lunch = await book("03:40", "04:00", 1, 1); // 11:40 Shanghai
    const fewerDays = await updateFairSession(world.organizer, timetable({ endDate: "2026-06-01" }), { now });
    expect(fewerDays.status === "needsDecision" && fewerDays.affected.map((m) => m.id)).toEqual([day2.id]);
    const longerLunch = await updateFairSession(
      world.organizer,
      timetable({ breaks: [{ start: "11:30", end: "13:00" }] }),
      { now },
    );
    expect(longerLunch.status === "needsDecision" && longerLunch.affected.map((m) => m.id)).toEqual([lunch.id]);
    // 40-minute slots from 10:00 still cover 11:40-12:00 (inside 11:20-12:00).
    expect(await updateFairSession(world.organizer, timetable({ slotMinutes: 40 }), { now })).toEqual({
      status: "saved",
      cancelled: 0,
    });
    await updateFairSession(world.organizer, timetable(), { now });
  });

  it("refuses dates outside the fair, a window too short and broken breaks", async () => {
    await expectAppError(
      updateFairSession(world.organizer, timetable({ endDate: "2026-07-01" }), { now }),
      "VALIDATION",
      "sessionOutsideFair",
    );
    expect(
      await expectValidationError(updateFairSession(world.organizer, timetable({ dailyEnd: "10:10" }), { now })),
    ).toMatchObject({ dailyEnd: "windowTooShort" });
    expect(
      await expectValidationError(
        updateFairSession(world.organizer, timetable({ breaks: [{ start: "09:00", end: "10:30" }] }), { now }),
      ),
    ).toMatchObject({ breaks: "breakOutsideWindow" });
  });
});

describe("fairs", () => {
  it("edits and publishes a hosted fair, refusing dates that would cut a session", async () => {
    const fairId = world.fair.id;
    await expectAppError(
      updateFair(world.organizer, {
        fairId,
        nameEn: "A",
        nameZh: "甲",
        nameRu: "А",
        timeZone: "Asia/Shanghai",
        startDate: "2026-06-02",
        endDate: "2026-06-03",
      }),
      "VALIDATION",
      "fairDatesCutSessions",
    );
    const updated = await updateFair(world.organizer, {
      fairId,
      nameEn: "Zhejiang Silk Fair",
      nameZh: "浙江丝绸交易会",
      nameRu: "Чжэцзянская ярмарка шёлка",
      timeZone: "Asia/Shanghai",
      startDate: "2026-05-31",
      endDate: "2026-06-03",
    });
    expect(updated.nameRu).toBe("Чжэцзянская ярмарка шёлка");
    await setFairPublished(world.organizer, fairId, false);
    expect((await db.fair.findUniqueOrThrow({ where: { id: fairId } })).status).toBe("DRAFT");
    await setFairPublished(world.organizer, fairId, true);
    expect((await db.fair.findUniqueOrThrow({ where: { id: fairId } })).status).toBe("PUBLISHED");
    expect(
      await db.auditLog.count({
        where: { entityId: fairId, action: { in: ["fair.updated", "fair.published", "fair.unpublished"] } },
      }),
    ).toBe(3);
    expect((await listHostedFairs(world.organizer)).map((f) => f.id)).toContain(fairId);
  });
});

describe("live status", () => {
  it("counts registrations, meetings, slot utilization and interpreter load", async () => {
    const interpreter = await createInterpreterOnShift(world.organizer, sessionId, [["05:00", "06:00"]]);
    await book("05:00", "05:20", 0, 0, interpreter.id);
    await book("05:20", "05:40", 1, 1);
    const status = await getSessionStatus(world.organizer, sessionId);
    expect(status.registrations.APPROVED).toBe(4);
    expect(status.meetings).toEqual({ SCHEDULED: 2, COMPLETED: 0, CANCELLED: 0 });
    expect(status.slots).toBe(42);
    expect(status.capacity).toBe(42 * 2);
    expect(status.utilization).toBeCloseTo(2 / 84);
    expect(status.interpreters).toEqual([{ id: interpreter.id, name: "Test Interpreter", shiftSlots: 3, meetings: 1 }]);
  });
});

describe("permissions", () => {
  it("refuses suppliers and buyers, and hides other hosts' fairs", async () => {
    for (const participant of [world.supplier.actor, world.buyer.actor]) {
      await expectAppError(updateFairSession(participant, timetable(), { now }), "FORBIDDEN");
      await expectAppError(setFairPublished(participant, world.fair.id, false), "FORBIDDEN");
      await expectAppError(getSessionStatus(participant, sessionId), "FORBIDDEN");
      await expectAppError(listHostedFairs(participant), "FORBIDDEN");
    }
    const stranger = await createOrganizerActor();
    await expectAppError(updateFairSession(stranger, timetable(), { now }), "NOT_FOUND");
    await expectAppError(requireHostedSession(stranger, sessionId), "NOT_FOUND");
    await expectAppError(setFairPublished(stranger, world.fair.id, false), "NOT_FOUND");
    expect(await listHostedFairs(stranger)).toEqual([]);
  });
});
