/**
 * The session lifecycle (lib/fairs/lifecycle.ts) as every domain function and the
 * database apply it: nothing is registered, requested, proposed, accepted or
 * scheduled once the factory session (Hangzhou, 1-2 June 2026) has ended, the
 * refusal is a 422 with its own code, and nothing is written.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isSessionEndedViolation } from "@/lib/errors";
import { registerForSession } from "@/lib/fairs/register-for-session";
import { requestMeeting } from "@/lib/meetings/request-meeting";
import { acceptRequest } from "@/lib/meetings/accept-request";
import { proposeMatch } from "@/lib/matching/propose-match";
import { runAutoSchedule } from "@/lib/auto-schedule/run-auto-schedule";
import { createApprovedBuyer } from "../factories/organizations";
import { expectAppError, failureOf, postgresErrorOf } from "../factories/errors";
import { at, beforeTheFair, createMeetingWorld, type MeetingWorld } from "../factories/meetings";

/** 00:00 Hangzhou on 3 June: the first instant after the session's last day. */
const afterTheFair = new Date("2026-06-02T16:00:00.000Z");
/** 23:59 Hangzhou on 2 June: the session's last minute. */
const lastMinute = new Date("2026-06-02T15:59:00.000Z");

let world: MeetingWorld;

beforeAll(async () => {
  world = await createMeetingWorld({ suppliers: 1, buyers: 1 });
});

async function rowCounts() {
  const [registrations, requests, meetings, proposals, drafts] = await Promise.all([
    db.sessionRegistration.count(),
    db.meetingRequest.count(),
    db.meeting.count(),
    db.matchProposal.count(),
    db.scheduleDraft.count(),
  ]);
  return { registrations, requests, meetings, proposals, drafts };
}

describe("registration", () => {
  it("closes at the session's start by default, and is refused as ended after the last day", async () => {
    const latecomer = await createApprovedBuyer(world.organizer);
    const before = await rowCounts();
    await expectAppError(
      registerForSession(latecomer.actor, world.session.id, { now: at("00:00") }),
      "REGISTRATION_CLOSED",
      "registrationClosed",
    );
    await expectAppError(
      registerForSession(latecomer.actor, world.session.id, { now: afterTheFair }),
      "SESSION_ENDED",
      "sessionEnded",
    );
    expect(await rowCounts()).toEqual(before);
  });

  it("stays open until the end of the organizer's deadline day, in the fair's zone", async () => {
    await db.fairSession.update({
      where: { id: world.session.id },
      data: { registrationDeadline: new Date("2026-06-01") },
    });
    try {
      const late = await createApprovedBuyer(world.organizer);
      await expect(
        registerForSession(late.actor, world.session.id, { now: new Date("2026-06-01T15:59:00Z") }),
      ).resolves.toMatchObject({ status: "APPROVED" });
      const tooLate = await createApprovedBuyer(world.organizer);
      await expectAppError(
        registerForSession(tooLate.actor, world.session.id, { now: new Date("2026-06-01T16:00:00Z") }),
        "REGISTRATION_CLOSED",
      );
    } finally {
      await db.fairSession.update({ where: { id: world.session.id }, data: { registrationDeadline: null } });
    }
  });

  it("cannot be given a deadline after the session's last day (CHECK constraint)", async () => {
    const error = await failureOf(
      db.fairSession.update({
        where: { id: world.session.id },
        data: { registrationDeadline: new Date("2026-06-03") },
      }),
    );
    expect(postgresErrorOf(error).code).toBe("23514");
  });
});

describe("meetings", () => {
  const input = () => ({
    sessionId: world.session.id,
    organizationId: world.supplier.organization.id,
    message: "Down jackets",
  });

  it("may be requested in the session's last minute, never after it", async () => {
    const before = await rowCounts();
    await expectAppError(
      requestMeeting(world.buyer.actor, input(), { now: afterTheFair }),
      "SESSION_ENDED",
      "sessionEnded",
    );
    expect(await rowCounts()).toEqual(before);
    const { request } = await requestMeeting(world.buyer.actor, input(), { now: lastMinute });
    await db.meetingRequest.delete({ where: { id: request.id } });
  });

  it("cannot be accepted once the session has ended, even from a request that has not expired", async () => {
    const { request } = await requestMeeting(world.buyer.actor, input(), { now: beforeTheFair });
    await db.meetingRequest.update({ where: { id: request.id }, data: { expiresAt: new Date("2027-01-01") } });
    const before = await rowCounts();
    await expectAppError(
      acceptRequest(world.supplier.actor, request.id, { start: at("05:00") }, { now: afterTheFair }),
      "SESSION_ENDED",
    );
    expect(await rowCounts()).toEqual(before);
    expect((await db.meetingRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("PENDING");
    await db.meetingRequest.delete({ where: { id: request.id } });
  });

  it("cannot be proposed or auto-scheduled by the organizer after the session", async () => {
    const before = await rowCounts();
    await expectAppError(
      proposeMatch(
        world.organizer,
        {
          sessionId: world.session.id,
          requirementId: "any",
          supplierOrgId: world.supplier.organization.id,
          priorityAdjustment: 0,
        },
        { now: afterTheFair },
      ),
      "SESSION_ENDED",
    );
    await expectAppError(
      runAutoSchedule(world.organizer, { sessionId: world.session.id }, { now: afterTheFair }),
      "SESSION_ENDED",
    );
    expect(await rowCounts()).toEqual(before);
  });
});

describe("the database's last word", () => {
  it("refuses a meeting request or registration created after its session ended, and keeps history", async () => {
    const request = {
      sessionId: world.session.id,
      fromOrganizationId: world.buyer.organization.id,
      toOrganizationId: world.supplier.organization.id,
      requestedById: world.buyer.user.id,
      message: "written past the domain functions",
      expiresAt: new Date("2027-01-01"),
    };
    const late = await failureOf(db.meetingRequest.create({ data: { ...request, createdAt: afterTheFair } }));
    expect(isSessionEndedViolation(late)).toBe(true);
    // Without an explicit instant the row is stamped now(), in 2026 after June: refused too.
    expect(isSessionEndedViolation(await failureOf(db.meetingRequest.create({ data: request })))).toBe(true);
    const history = await db.meetingRequest.create({ data: { ...request, createdAt: lastMinute } });
    await db.meetingRequest.delete({ where: { id: history.id } });

    const outsider = await createApprovedBuyer(world.organizer);
    const registration = { sessionId: world.session.id, organizationId: outsider.organization.id };
    const refused = await failureOf(
      db.sessionRegistration.create({ data: { ...registration, createdAt: afterTheFair } }),
    );
    expect(isSessionEndedViolation(refused)).toBe(true);
    expect(await db.sessionRegistration.count({ where: registration })).toBe(0);
  });
});
