/**
 * Meeting requests from sending to booking: who may ask whom, accepting a free
 * slot (with an interpreter when needed), declining, withdrawing, expiry,
 * cancelling and moving meetings, and who may read what.
 */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { acceptRequest } from "@/lib/meetings/accept-request";
import { cancelMeeting } from "@/lib/meetings/cancel-meeting";
import { cancelRequest } from "@/lib/meetings/cancel-request";
import { declineRequest } from "@/lib/meetings/decline-request";
import { expireRequests } from "@/lib/meetings/expire-requests";
import { getMeeting } from "@/lib/meetings/get-meeting";
import { getRequest } from "@/lib/meetings/get-request";
import { listMySchedule } from "@/lib/meetings/list-my-schedule";
import { listRequests } from "@/lib/meetings/list-requests";
import { listSessionMeetings } from "@/lib/meetings/list-session-meetings";
import { requestMeeting } from "@/lib/meetings/request-meeting";
import { rescheduleMeeting } from "@/lib/meetings/reschedule-meeting";
import { SlotTakenError } from "@/lib/meetings/slot-taken-error";
import { freeSlots } from "@/lib/scheduling/find-free-slots";
import { expectAppError, expectValidationError, isTranslatedErrorKey } from "../factories/errors";
import {
  at,
  beforeTheFair,
  createInterpreterOnShift,
  createMeetingWorld,
  meetingData,
  type MeetingWorld,
} from "../factories/meetings";
import { createApprovedBuyer } from "../factories/organizations";
import { uniqueSuffix } from "../factories/unique";
import { createOrganizerActor } from "../factories/users";

const now = beforeTheFair;
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);
let world: MeetingWorld;
let sessionId: string;

beforeAll(async () => {
  world = await createMeetingWorld({ suppliers: 2, buyers: 2 });
  sessionId = world.session.id;
});

beforeEach(async () => {
  await db.meeting.deleteMany({});
  await db.meetingRequest.deleteMany({});
  await db.interpreterShift.deleteMany({});
});

const buyer = () => world.buyer;
const supplier = () => world.supplier;

/** The buyer asks the supplier (or `from` asks `to`). */
function ask(
  from = buyer(),
  to = supplier(),
  extra: { preferredSlots?: Date[]; needsInterpreter?: boolean; message?: string } = {},
) {
  return requestMeeting(
    from.actor,
    { sessionId, organizationId: to.organization.id, message: "Down jackets, 5 000 pcs", ...extra },
    { now },
  );
}

describe("requestMeeting", () => {
  it("opens a request that expires after the session's 48 hours and tells the other side", async () => {
    const { request, events } = await ask(buyer(), supplier(), { preferredSlots: [at("05:00"), at("05:20")] });
    expect(request).toMatchObject({
      status: "PENDING",
      fromOrganizationId: buyer().organization.id,
      toOrganizationId: supplier().organization.id,
      requestedById: buyer().actor.id,
      expiresAt: hours(48),
      preferredStarts: [at("05:00"), at("05:20")],
    });
    expect(events).toEqual([{ kind: "requested", requestId: request.id, recipients: [supplier().actor.id] }]);
    expect(await db.auditLog.count({ where: { action: "meetingRequest.created", entityId: request.id } })).toBe(1);
  });

  it("allows at most three preferred slots, each a future slot of the grid", async () => {
    const four = [at("05:00"), at("05:20"), at("05:40"), at("06:00")];
    expect(await expectValidationError(ask(buyer(), supplier(), { preferredSlots: four }))).toEqual({
      preferredSlots: "preferredSlotsTooMany",
    });
    const offGrid = await expectAppError(
      ask(buyer(), supplier(), { preferredSlots: [at("05:00"), at("05:10")] }),
      "VALIDATION",
      "slotNotInGrid",
    );
    expect(offGrid.fields).toEqual({ "preferredSlots.1": "slotNotInGrid" });
    await expectAppError(
      requestMeeting(
        buyer().actor,
        { sessionId, organizationId: supplier().organization.id, preferredSlots: [at("05:00")] },
        { now: at("06:00") },
      ),
      "VALIDATION",
      "slotPast",
    );
  });

  it("accepts preferred slots as ISO strings from the API", async () => {
    const { request } = await requestMeeting(
      buyer().actor,
      { sessionId, organizationId: supplier().organization.id, preferredSlots: ["2026-06-01T05:00:00Z"] },
      { now },
    );
    expect(request.preferredStarts).toEqual([at("05:00")]);
  });

  it("is only between a supplier and a buyer both registered in the session", async () => {
    await expectAppError(ask(buyer(), world.buyers[1]), "NOT_FOUND", "organizationNotFound");
    const outsider = await createApprovedBuyer(world.organizer);
    await expectAppError(
      requestMeeting(supplier().actor, { sessionId, organizationId: outsider.organization.id }, { now }),
      "NOT_FOUND",
      "organizationNotFound",
    );
    await expectAppError(
      requestMeeting(outsider.actor, { sessionId, organizationId: supplier().organization.id }, { now }),
      "FORBIDDEN",
      "sessionNotRegistered",
    );
    await expectAppError(
      requestMeeting(world.organizer, { sessionId, organizationId: supplier().organization.id }, { now }),
      "FORBIDDEN",
    );
  });

  it("keeps one open request per pair, whichever side sent it", async () => {
    await ask(buyer(), supplier());
    await expectAppError(ask(buyer(), supplier()), "CONFLICT", "requestDuplicate");
    await expectAppError(ask(supplier(), buyer()), "CONFLICT", "requestDuplicate");
    await ask(buyer(), world.suppliers[1]); // another pair is fine
  });

  it("decides a race of duplicate requests in the database", async () => {
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => ask(buyer(), supplier())));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) {
      if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "CONFLICT", messageKey: "requestDuplicate" });
    }
  });
});

describe("requests about a purchasing requirement", () => {
  async function requirementOf(organizationId: string) {
    const suffix = uniqueSuffix();
    const category = await db.category.create({
      data: { slug: `jackets-${suffix}`, nameEn: "Jackets", nameZh: "夹克", nameRu: "Куртки" },
    });
    return db.purchasingRequirement.create({
      data: { organizationId, categoryId: category.id, quantity: 500, unit: "piece", textEn: "Jackets" },
    });
  }

  it("links the buyer's own open requirement, whichever side asks", async () => {
    const requirement = await requirementOf(buyer().organization.id);
    const { request } = await requestMeeting(
      supplier().actor,
      { sessionId, organizationId: buyer().organization.id, requirementId: requirement.id },
      { now },
    );
    expect(request.requirementId).toBe(requirement.id);
  });

  it("refuses another buyer's requirement", async () => {
    const foreign = await requirementOf(world.buyers[1].organization.id);
    await expectAppError(
      requestMeeting(
        buyer().actor,
        { sessionId, organizationId: supplier().organization.id, requirementId: foreign.id },
        { now },
      ),
      "NOT_FOUND",
      "requirementNotFound",
    );
  });
});

describe("getRequest", () => {
  it("offers the receiver the free slots, preferred ones first; the sender sees none; strangers nothing", async () => {
    const { request } = await ask(buyer(), supplier(), { preferredSlots: [at("06:00"), at("05:40")] });
    const incoming = await getRequest(supplier().actor, request.id, { now });
    expect(incoming.direction).toBe("incoming");
    expect(incoming.freeSlots).toHaveLength(30);
    expect(incoming.freeSlots.slice(0, 3)).toEqual([
      { start: at("05:40"), end: at("06:00"), preferred: true },
      { start: at("06:00"), end: at("06:20"), preferred: true },
      { start: at("05:00"), end: at("05:20"), preferred: false },
    ]);
    const outgoing = await getRequest(buyer().actor, request.id, { now });
    expect(outgoing).toMatchObject({ direction: "outgoing", freeSlots: [] });
    await expectAppError(getRequest(world.buyers[1].actor, request.id, { now }), "NOT_FOUND", "requestNotFound");
    expect(await getRequest(supplier().actor, request.id, { now: hours(48) })).toMatchObject({
      status: "EXPIRED",
      freeSlots: [],
    });
  });
});

describe("acceptRequest", () => {
  it("books the meeting for both sides in one step", async () => {
    const { request } = await ask();
    const { meeting, events } = await acceptRequest(supplier().actor, request.id, { start: at("05:20") }, { now });
    expect(meeting).toMatchObject({
      status: "SCHEDULED",
      requestId: request.id,
      supplierOrgId: supplier().organization.id,
      buyerOrgId: buyer().organization.id,
      interpreterId: null,
      startsAt: at("05:20"),
      endsAt: at("05:40"),
      agenda: "Down jackets, 5 000 pcs",
      sequence: 0,
    });
    expect(meeting.roomToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(events).toEqual([
      { kind: "accepted", requestId: request.id, meetingId: meeting.id, recipients: [buyer().actor.id] },
    ]);
    expect(await db.meetingRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "ACCEPTED",
      respondedAt: now,
    });
    const after = await freeSlots(sessionId, supplier().organization.id, buyer().organization.id, { now });
    expect(after.map((s) => s.start)).not.toContainEqual(at("05:20"));
  });

  it("is only for the receiving side", async () => {
    const { request } = await ask();
    await expectAppError(
      acceptRequest(buyer().actor, request.id, { start: at("05:00") }, { now }),
      "NOT_FOUND",
      "requestNotFound",
    );
    await expectAppError(
      acceptRequest(world.suppliers[1].actor, request.id, { start: at("05:00") }, { now }),
      "NOT_FOUND",
      "requestNotFound",
    );
    expect(await db.meeting.count()).toBe(0);
  });

  it("refuses a time off the grid and answers a busy slot with the next free ones", async () => {
    const { request } = await ask();
    await expectAppError(
      acceptRequest(supplier().actor, request.id, { start: at("05:10") }, { now }),
      "VALIDATION",
      "slotNotInGrid",
    );
    // The buyer is already meeting the other supplier at 05:20.
    await db.meeting.create({
      data: meetingData(
        { sessionId, supplierOrgId: world.suppliers[1].organization.id, buyerOrgId: buyer().organization.id },
        "05:20",
        "05:40",
      ),
    });
    const error = await expectAppError(
      acceptRequest(supplier().actor, request.id, { start: at("05:20") }, { now }),
      "CONFLICT",
      "slotTaken",
    );
    expect(error).toBeInstanceOf(SlotTakenError);
    expect((error as SlotTakenError).nextFreeSlots).toEqual([
      { start: at("05:40").toISOString(), end: at("06:00").toISOString() },
      { start: at("06:00").toISOString(), end: at("06:20").toISOString() },
      { start: at("06:20").toISOString(), end: at("06:40").toISOString() },
    ]);
    expect(error.fields).toEqual({ start: "slotTaken" });
    expect(isTranslatedErrorKey("slotTaken")).toBe(true);
    // Nothing changed: the request can still be accepted at a free slot.
    expect((await db.meetingRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("PENDING");
    await acceptRequest(supplier().actor, request.id, { start: at("05:40") }, { now });
  });

  it("refuses a slot outside the buyer's availability (08:00-13:00 Moscow by default)", async () => {
    const { request } = await ask();
    await expectAppError(
      acceptRequest(supplier().actor, request.id, { start: at("02:00") }, { now }),
      "CONFLICT",
      "slotTaken",
    );
  });

  it("cannot accept twice", async () => {
    const { request } = await ask();
    await acceptRequest(supplier().actor, request.id, { start: at("05:00") }, { now });
    await expectAppError(
      acceptRequest(supplier().actor, request.id, { start: at("06:00") }, { now }),
      "INVALID_STATE",
      "requestNotPending",
    );
  });
});

describe("interpreters", () => {
  it("assigns the least-loaded interpreter on shift and tells them", async () => {
    const busy = await createInterpreterOnShift(world.organizer, sessionId, [["05:00", "10:00"]]);
    const idle = await createInterpreterOnShift(world.organizer, sessionId, [["05:00", "10:00"]]);
    await db.meeting.create({
      data: meetingData(
        {
          sessionId,
          supplierOrgId: world.suppliers[1].organization.id,
          buyerOrgId: world.buyers[1].organization.id,
          interpreterId: busy.id,
        },
        "07:00",
        "07:20",
      ),
    });
    const { request } = await ask(buyer(), supplier(), { needsInterpreter: true });
    const { meeting, events } = await acceptRequest(supplier().actor, request.id, { start: at("05:00") }, { now });
    expect(meeting.interpreterId).toBe(idle.id);
    expect(events[0].recipients).toEqual(expect.arrayContaining([buyer().actor.id, idle.id]));
  });

  it("does not book a slot for which no interpreter is free", async () => {
    const only = await createInterpreterOnShift(world.organizer, sessionId, [["05:00", "06:00"]]);
    await db.meeting.create({
      data: meetingData(
        {
          sessionId,
          supplierOrgId: world.suppliers[1].organization.id,
          buyerOrgId: world.buyers[1].organization.id,
          interpreterId: only.id,
        },
        "05:00",
        "05:20",
      ),
    });
    const { request } = await ask(buyer(), supplier(), { needsInterpreter: true });
    const error = await expectAppError(
      acceptRequest(supplier().actor, request.id, { start: at("05:00") }, { now }),
      "CONFLICT",
      "slotTaken",
    );
    expect((error as SlotTakenError).nextFreeSlots.map((s) => s.start)).toEqual([
      at("05:20").toISOString(),
      at("05:40").toISOString(),
    ]);
    // Outside the shift nobody interprets.
    await expectAppError(
      acceptRequest(supplier().actor, request.id, { start: at("06:00") }, { now }),
      "CONFLICT",
      "slotTaken",
    );
  });
});

describe("declining, withdrawing and expiry", () => {
  it("declines with a reason the sender is told; then a new request may follow", async () => {
    const { request } = await ask();
    expect(await expectValidationError(declineRequest(supplier().actor, request.id, { reason: " " }, { now }))).toEqual(
      {
        reason: "declineReasonRequired",
      },
    );
    await expectAppError(
      declineRequest(buyer().actor, request.id, { reason: "No" }, { now }),
      "NOT_FOUND",
      "requestNotFound",
    );
    const { request: declined, events } = await declineRequest(
      supplier().actor,
      request.id,
      { reason: "We do not make this model." },
      { now },
    );
    expect(declined).toMatchObject({ status: "DECLINED", declineReason: "We do not make this model." });
    expect(events).toEqual([{ kind: "declined", requestId: request.id, recipients: [buyer().actor.id] }]);
    await expectAppError(
      acceptRequest(supplier().actor, request.id, { start: at("05:00") }, { now }),
      "INVALID_STATE",
      "requestNotPending",
    );
    await ask();
  });

  it("lets only the sender withdraw a pending request", async () => {
    const { request } = await ask();
    await expectAppError(cancelRequest(supplier().actor, request.id, { now }), "NOT_FOUND", "requestNotFound");
    const { events } = await cancelRequest(buyer().actor, request.id, { now });
    expect(events).toEqual([{ kind: "cancelled", requestId: request.id, recipients: [supplier().actor.id] }]);
    await expectAppError(cancelRequest(buyer().actor, request.id, { now }), "INVALID_STATE", "requestNotPending");
  });

  it("expires unanswered requests after the session's time; they stop blocking the pair", async () => {
    const { request } = await ask();
    const other = await ask(buyer(), world.suppliers[1]);
    await expectAppError(
      acceptRequest(supplier().actor, request.id, { start: at("05:00") }, { now: hours(49) }),
      "INVALID_STATE",
      "requestExpired",
    );
    expect(await expireRequests(hours(47))).toEqual([]);
    const events = await expireRequests(hours(48));
    expect(events.map((e) => e.requestId).sort()).toEqual([request.id, other.request.id].sort());
    expect(events.find((e) => e.requestId === request.id)).toEqual({
      kind: "expired",
      requestId: request.id,
      recipients: expect.arrayContaining([buyer().actor.id, supplier().actor.id]),
    });
    expect(await expireRequests(hours(100))).toEqual([]);
    expect((await db.meetingRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("EXPIRED");
    await ask();
  });

  it("lets a new request replace one that lapsed before any job marked it", async () => {
    const { request } = await ask();
    const { events } = await requestMeeting(
      supplier().actor,
      { sessionId, organizationId: buyer().organization.id },
      { now: hours(50) },
    );
    expect(events.map((e) => [e.kind, e.requestId])).toEqual([
      ["expired", request.id],
      ["requested", expect.any(String)],
    ]);
  });
});

describe("cancelling and moving meetings", () => {
  async function booked(start = "05:00", needsInterpreter = false) {
    const { request } = await ask(buyer(), supplier(), { needsInterpreter });
    return (await acceptRequest(supplier().actor, request.id, { start: at(start) }, { now })).meeting;
  }

  it("frees the slot when either side cancels", async () => {
    const meeting = await booked("05:00");
    const { events } = await cancelMeeting(buyer().actor, meeting.id, { reason: "Flight changed" }, { now });
    expect(events).toEqual([
      { kind: "cancelled", requestId: meeting.requestId, meetingId: meeting.id, recipients: [supplier().actor.id] },
    ]);
    expect(await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({
      status: "CANCELLED",
      cancelReason: "Flight changed",
      sequence: 1,
    });
    const slots = await freeSlots(sessionId, supplier().organization.id, buyer().organization.id, { now });
    expect(slots[0].start).toEqual(at("05:00"));
    // The freed slot can be booked again at once.
    const { request } = await ask(buyer(), supplier());
    await acceptRequest(supplier().actor, request.id, { start: at("05:00") }, { now });
    await expectAppError(cancelMeeting(buyer().actor, meeting.id, {}, { now }), "INVALID_STATE", "meetingNotScheduled");
  });

  it("lets the host's organizers cancel, telling both sides; nobody else", async () => {
    const meeting = await booked();
    await expectAppError(cancelMeeting(world.buyers[1].actor, meeting.id, {}, { now }), "NOT_FOUND", "meetingNotFound");
    await expectAppError(
      cancelMeeting(await createOrganizerActor(), meeting.id, {}, { now }),
      "NOT_FOUND",
      "meetingNotFound",
    );
    const { events } = await cancelMeeting(world.organizer, meeting.id, { reason: "Hall closed" }, { now });
    expect(events[0].recipients.sort()).toEqual([buyer().actor.id, supplier().actor.id].sort());
  });

  it("does not cancel a meeting that is over", async () => {
    const meeting = await booked("05:00");
    await expectAppError(
      cancelMeeting(buyer().actor, meeting.id, {}, { now: at("05:20") }),
      "INVALID_STATE",
      "meetingOver",
    );
  });

  it("moves a meeting to another free slot and tells the other side", async () => {
    const meeting = await booked("05:00");
    const { meeting: moved, events } = await rescheduleMeeting(
      supplier().actor,
      meeting.id,
      { start: at("05:20") },
      { now },
    );
    expect(moved).toMatchObject({ startsAt: at("05:20"), endsAt: at("05:40"), sequence: 1, status: "SCHEDULED" });
    expect(events).toEqual([
      { kind: "rescheduled", requestId: meeting.requestId, meetingId: meeting.id, recipients: [buyer().actor.id] },
    ]);
    // Its own old time does not block a move back.
    await rescheduleMeeting(buyer().actor, meeting.id, { start: at("05:00") }, { now });
    await expectAppError(
      rescheduleMeeting(buyer().actor, meeting.id, { start: at("05:00") }, { now }),
      "VALIDATION",
      "slotUnchanged",
    );
  });

  it("refuses a busy slot with the next free ones, and strangers", async () => {
    const meeting = await booked("05:00");
    await db.meeting.create({
      data: meetingData(
        { sessionId, supplierOrgId: supplier().organization.id, buyerOrgId: world.buyers[1].organization.id },
        "05:20",
        "05:40",
      ),
    });
    const error = await expectAppError(
      rescheduleMeeting(buyer().actor, meeting.id, { start: at("05:20") }, { now }),
      "CONFLICT",
      "slotTaken",
    );
    expect((error as SlotTakenError).nextFreeSlots[0].start).toBe(at("05:40").toISOString());
    await expectAppError(
      rescheduleMeeting(world.buyers[1].actor, meeting.id, { start: at("06:00") }, { now }),
      "NOT_FOUND",
      "meetingNotFound",
    );
    await expectAppError(
      rescheduleMeeting(buyer().actor, meeting.id, { start: at("06:00") }, { now: at("05:05") }),
      "INVALID_STATE",
      "meetingStarted",
    );
  });

  it("keeps the interpreter when free at the new time, else finds another", async () => {
    const first = await createInterpreterOnShift(world.organizer, sessionId, [["05:00", "06:00"]]);
    const meeting = await booked("05:00", true);
    expect(meeting.interpreterId).toBe(first.id);
    const { meeting: kept } = await rescheduleMeeting(buyer().actor, meeting.id, { start: at("05:40") }, { now });
    expect(kept.interpreterId).toBe(first.id);
    const second = await createInterpreterOnShift(world.organizer, sessionId, [["06:00", "07:00"]]);
    const { meeting: handed, events } = await rescheduleMeeting(
      buyer().actor,
      meeting.id,
      { start: at("06:20") },
      { now },
    );
    expect(handed.interpreterId).toBe(second.id);
    expect(events[0].recipients).toEqual(expect.arrayContaining([supplier().actor.id, first.id, second.id]));
    await expectAppError(
      rescheduleMeeting(buyer().actor, meeting.id, { start: at("08:00") }, { now }),
      "CONFLICT",
      "slotTaken",
    );
  });
});

describe("reading meetings and requests", () => {
  it("shows each party its schedule by day on its own clock, and nobody else's", async () => {
    const interpreter = await createInterpreterOnShift(world.organizer, sessionId, [["05:00", "10:00"]]);
    const { request } = await ask(buyer(), supplier(), { needsInterpreter: true });
    const { meeting } = await acceptRequest(supplier().actor, request.id, { start: at("05:00") }, { now });

    const buyerDays = await listMySchedule(buyer().actor, { sessionId });
    expect(buyerDays.map((d) => [d.day, d.meetings.map((m) => m.id)])).toEqual([["2026-06-01", [meeting.id]]]);
    expect(buyerDays[0].meetings[0]).toMatchObject({ viewerRole: "buyer", interpreter: { id: interpreter.id } });
    expect(buyerDays[0].meetings[0]).not.toHaveProperty("roomToken");
    expect((await listMySchedule(interpreter))[0].meetings[0]).toMatchObject({
      id: meeting.id,
      viewerRole: "interpreter",
    });
    expect(await listMySchedule(world.buyers[1].actor)).toEqual([]);
    expect(await listMySchedule(world.organizer)).toEqual([]);
  });

  it("gives the meeting page with its room token to parties, interpreter and host organizers only", async () => {
    const interpreter = await createInterpreterOnShift(world.organizer, sessionId, [["05:00", "10:00"]]);
    const { request } = await ask(buyer(), supplier(), { needsInterpreter: true });
    const { meeting } = await acceptRequest(supplier().actor, request.id, { start: at("05:00") }, { now });
    for (const [actor, role] of [
      [buyer().actor, "buyer"],
      [supplier().actor, "supplier"],
      [interpreter, "interpreter"],
      [world.organizer, "organizer"],
    ] as const) {
      const page = await getMeeting(actor, meeting.id);
      expect(page).toMatchObject({ viewerRole: role, roomToken: meeting.roomToken, needsInterpreter: true });
      expect(page.agenda).toBe("Down jackets, 5 000 pcs");
    }
    const strangerInterpreter = await createInterpreterOnShift(world.organizer, sessionId, []);
    for (const stranger of [
      world.buyers[1].actor,
      world.suppliers[1].actor,
      strangerInterpreter,
      await createOrganizerActor(),
    ]) {
      await expectAppError(getMeeting(stranger, meeting.id), "NOT_FOUND", "meetingNotFound");
    }
  });

  it("lists a session's meetings for its host's organizers only", async () => {
    const { request } = await ask();
    await acceptRequest(supplier().actor, request.id, { start: at("05:00") }, { now });
    expect(await listSessionMeetings(world.organizer, sessionId)).toHaveLength(1);
    await expectAppError(listSessionMeetings(await createOrganizerActor(), sessionId), "NOT_FOUND", "sessionNotFound");
    await expectAppError(listSessionMeetings(buyer().actor, sessionId), "FORBIDDEN", "forbidden");
  });

  it("lists an organization's incoming and outgoing requests only", async () => {
    const { request } = await ask();
    const { request: fromSupplier } = await ask(world.suppliers[1], buyer());
    expect((await listRequests(supplier().actor, { direction: "incoming" }, { now })).map((r) => r.id)).toEqual([
      request.id,
    ]);
    expect((await listRequests(buyer().actor, { direction: "outgoing" }, { now })).map((r) => r.id)).toEqual([
      request.id,
    ]);
    expect((await listRequests(buyer().actor, { direction: "incoming" }, { now })).map((r) => r.id)).toEqual([
      fromSupplier.id,
    ]);
    expect(await listRequests(world.buyers[1].actor, { direction: "incoming" }, { now })).toEqual([]);
    const lapsed = await listRequests(
      supplier().actor,
      { direction: "incoming", status: "EXPIRED" },
      { now: hours(49) },
    );
    expect(lapsed.map((r) => [r.id, r.status])).toEqual([[request.id, "EXPIRED"]]);
    expect(
      await listRequests(supplier().actor, { direction: "incoming", status: "PENDING" }, { now: hours(49) }),
    ).toEqual([]);
  });
});

it("uses only translated error keys", () => {
  for (const key of [
    "sessionNotRegistered",
    "slotNotInGrid",
    "slotPast",
    "slotTaken",
    "slotUnchanged",
    "requestDuplicate",
    "requestNotFound",
    "requestNotPending",
    "requestExpired",
    "meetingNotFound",
    "meetingNotScheduled",
    "meetingOver",
    "meetingStarted",
    "meetingChanged",
    "declineReasonRequired",
    "preferredSlotsTooMany",
    "availabilityOutsideSession",
    "availabilityOverlap",
  ]) {
    expect(isTranslatedErrorKey(key), key).toBe(true);
  }
});
