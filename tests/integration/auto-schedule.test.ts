/**
 * Auto-scheduling a session (issue 6): the problem built from the database, a
 * draft, moving and dropping by hand with the validator, publishing in one
 * transaction (all or nothing), the organizer's priority nudge, and who may do it.
 */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { buildScheduleProblem, fixedRequestId, slotIdOf } from "@/lib/auto-schedule/build-problem";
import { pairKey } from "@/lib/auto-schedule/collect-pairs";
import { dropDraftItem, moveDraftItem } from "@/lib/auto-schedule/edit-draft";
import { getLatestDraft } from "@/lib/auto-schedule/load-draft";
import { publishDraft } from "@/lib/auto-schedule/publish-draft";
import { runAutoSchedule } from "@/lib/auto-schedule/run-auto-schedule";
import { setPairPriority } from "@/lib/auto-schedule/set-pair-priority";
import { takeSanction } from "@/lib/credit/take-sanction";
import { localized } from "@/lib/i18n/localized";
import { requestMeeting } from "@/lib/meetings/request-meeting";
import { dbClient } from "@/lib/scheduling/db-client";
import { expectAppError, expectValidationError } from "../factories/errors";
import {
  at,
  beforeTheFair,
  createMeetingWorld,
  createParticipant,
  meetingData,
  type MeetingWorld,
} from "../factories/meetings";
import { uniqueSuffix } from "../factories/unique";
import { createOrganizerActor } from "../factories/users";

const now = beforeTheFair;
let world: MeetingWorld;
let sessionId: string;
let categoryId: string;

beforeAll(async () => {
  world = await createMeetingWorld({ suppliers: 2, buyers: 3 });
  sessionId = world.session.id;
  const suffix = uniqueSuffix();
  categoryId = (
    await db.category.create({ data: { slug: `silk-${suffix}`, nameEn: "Silk", nameZh: "丝绸", nameRu: "Шёлк" } })
  ).id;
  // Everyone shares Russian, so no pair needs an interpreter unless a request asks for one.
  await db.organization.updateMany({
    where: { id: { in: [...world.suppliers, ...world.buyers].map((p) => p.organization.id) } },
    data: { languages: ["ru"] },
  });
});

beforeEach(async () => {
  await db.scheduleDraft.deleteMany({});
  await db.meeting.deleteMany({});
  await db.meetingRequest.deleteMany({});
  await db.matchProposal.deleteMany({});
  await db.matchReaction.deleteMany({});
  await db.purchasingRequirement.deleteMany({ where: { sessionId } });
});

const [s0, s1] = [() => world.suppliers[0], () => world.suppliers[1]];
const [b0, b1, b2] = [() => world.buyers[0], () => world.buyers[1], () => world.buyers[2]];

function requestFrom(buyer = b0(), supplier = s0()) {
  return requestMeeting(
    buyer.actor,
    { sessionId, organizationId: supplier.organization.id, message: "Silk crepe, 3 000 m" },
    { now },
  );
}

async function requirementOf(buyer: ReturnType<typeof b0>) {
  return db.purchasingRequirement.create({
    data: { organizationId: buyer.organization.id, sessionId, categoryId, quantity: 100, unit: "m", textEn: "silk" },
  });
}

async function mutualInterest(buyer: ReturnType<typeof b0>, supplier: ReturnType<typeof s0>) {
  const requirement = await requirementOf(buyer);
  await db.matchReaction.createMany({
    data: (["BUYER", "SUPPLIER"] as const).map((side) => ({
      requirementId: requirement.id,
      supplierOrgId: supplier.organization.id,
      side,
      kind: "INTERESTED" as const,
    })),
  });
}

/** A new buyer registered for the session (speaking Russian like everyone here). */
async function freshBuyer() {
  const buyer = await createParticipant("BUYER", sessionId, world.organizer);
  await db.organization.update({ where: { id: buyer.organization.id }, data: { languages: ["ru"] } });
  return buyer;
}

/** The organization's name as the organizer reads it. */
async function nameOf(party: { organization: { id: string } }) {
  const organization = await db.organization.findUniqueOrThrow({ where: { id: party.organization.id } });
  return localized(organization, "name", world.organizer.locale);
}

/** Polls until a statement of this database waits for a row lock (another connection's). */
async function waitForABlockedStatement() {
  for (let attempt = 0; attempt < 300; attempt++) {
    const [{ waiting }] = await db.$queryRaw<{ waiting: number }[]>`
      SELECT count(*)::int AS waiting FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE NOT l.granted AND a.datname = current_database()`;
    if (waiting > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("no statement waited for the uncommitted exclusion");
}

async function propose(buyer: ReturnType<typeof b0>, supplier: ReturnType<typeof s0>) {
  const requirement = await requirementOf(buyer);
  return db.matchProposal.create({
    data: {
      sessionId,
      requirementId: requirement.id,
      supplierOrgId: supplier.organization.id,
      buyerOrgId: buyer.organization.id,
      proposedById: world.organizer.id,
      note: "Organizer thinks you fit",
    },
  });
}

describe("buildScheduleProblem", () => {
  it("collects requests, mutual interest and proposals, weighted by tier, and keeps booked meetings fixed", async () => {
    await requestFrom(b0(), s0());
    await mutualInterest(b1(), s0());
    await propose(b2(), s1());
    await db.meeting.create({
      data: meetingData(
        { sessionId, supplierOrgId: s1().organization.id, buyerOrgId: b1().organization.id },
        "05:00",
        "05:20",
      ),
    });
    // A pair that already met gets no second meeting, whatever its reasons.
    await mutualInterest(b1(), s1());

    const { problem, pairs } = await buildScheduleProblem(dbClient, sessionId, now);
    const weight = (b: ReturnType<typeof b0>, s: ReturnType<typeof s0>) =>
      problem.requests.find((r) => r.id === pairKey(s.organization.id, b.organization.id))?.weight;
    expect(pairs.size).toBe(3);
    expect(weight(b1(), s0())).toBeGreaterThan(weight(b2(), s1())!);
    expect(weight(b2(), s1())).toBeGreaterThan(weight(b0(), s0())!);
    expect(weight(b1(), s1())).toBeUndefined();
    expect(pairs.get(pairKey(s0().organization.id, b0().organization.id))?.meetingRequestId).toBeTruthy();

    const booked = await db.meeting.findFirstOrThrow({ where: { sessionId } });
    expect(problem.fixed).toEqual([{ request: fixedRequestId(booked.id), slot: at("05:00").toISOString() }]);
    // Default availability: a Moscow buyer meets 05:00-10:00 UTC, minus lunch nothing (lunch is 04:00-05:00 UTC).
    const buyer = problem.participants.find((p) => p.id === b0().organization.id)!;
    expect(buyer.available[0]).toBe(at("05:00").toISOString());
    expect(buyer.available).toHaveLength(2 * 15);
    expect(problem.slots).toHaveLength(2 * 21);
    expect(problem.interpreters).toEqual([]);
  });

  it("offers only future slots and lets the organizer's nudge move a proposal above mutual interest", async () => {
    await mutualInterest(b0(), s0());
    const proposal = await propose(b1(), s1());
    const later = new Date(at("07:00").getTime());
    const first = await buildScheduleProblem(dbClient, sessionId, later);
    expect(first.problem.slots.every((s) => new Date(s.start) > later)).toBe(true);

    await setPairPriority(world.organizer, { proposalId: proposal.id, priorityAdjustment: 2 });
    const { problem } = await buildScheduleProblem(dbClient, sessionId, now);
    const byKey = new Map(problem.requests.map((r) => [r.id, r.weight]));
    expect(byKey.get(pairKey(s1().organization.id, b1().organization.id))).toBeGreaterThan(
      byKey.get(pairKey(s0().organization.id, b0().organization.id))!,
    );
    expect(await db.auditLog.count({ where: { action: "match.priority-set", entityId: proposal.id } })).toBe(1);
    expect(
      await expectValidationError(setPairPriority(world.organizer, { proposalId: proposal.id, priorityAdjustment: 3 })),
    ).toEqual({ priorityAdjustment: "invalid" });
  });
});

describe("draft and publish", () => {
  it("drafts every pair, then books them all in one go, accepting the request", async () => {
    const { request } = await requestFrom(b0(), s0());
    await mutualInterest(b1(), s0());
    await propose(b2(), s1());
    const run = await runAutoSchedule(world.organizer, { sessionId }, { now });
    expect(run).toMatchObject({ placed: 3, unscheduled: 0 });
    expect(await db.meeting.count()).toBe(0);

    const draft = (await getLatestDraft(world.organizer, sessionId))!;
    expect(draft.status).toBe("OPEN");
    // Supplier 0 meets two buyers: never at the same time.
    const s0Times = draft.items.filter((i) => i.supplierOrgId === s0().organization.id).map((i) => i.slotId);
    expect(new Set(s0Times).size).toBe(2);

    const { booked } = await publishDraft(world.organizer, { draftId: run.draftId }, { now });
    expect(booked).toBe(3);
    const meetings = await db.meeting.findMany({ where: { sessionId } });
    expect(meetings).toHaveLength(3);
    expect(meetings.find((m) => m.requestId === request.id)?.agenda).toBe("Silk crepe, 3 000 m");
    expect((await db.meetingRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("ACCEPTED");
    expect((await db.scheduleDraft.findUniqueOrThrow({ where: { id: run.draftId } })).status).toBe("PUBLISHED");
    expect(await db.auditLog.count({ where: { action: "autoSchedule.published", entityId: run.draftId } })).toBe(1);
    // Published: it cannot be published (or edited) twice.
    await expectAppError(
      publishDraft(world.organizer, { draftId: run.draftId }, { now }),
      "INVALID_STATE",
      "draftNotOpen",
    );
    // The booked pairs are gone from the next problem.
    expect((await buildScheduleProblem(dbClient, sessionId, now)).pairs.size).toBe(0);
  });

  it("books nothing when the world changed since the draft, and says which pair", async () => {
    const { request } = await requestFrom(b0(), s0());
    await mutualInterest(b1(), s1());
    const run = await runAutoSchedule(world.organizer, { sessionId }, { now });
    const item = await db.scheduleDraftItem.findFirstOrThrow({
      where: { draftId: run.draftId, supplierOrgId: s0().organization.id },
    });
    // Someone books supplier 0 with buyer 2 into the drafted slot meanwhile.
    await db.meeting.create({
      data: {
        ...meetingData(
          { sessionId, supplierOrgId: s0().organization.id, buyerOrgId: b2().organization.id },
          "05:00",
          "05:20",
        ),
        startsAt: item.startsAt!,
        endsAt: item.endsAt!,
      },
    });

    const error = await expectAppError(
      publishDraft(world.organizer, { draftId: run.draftId }, { now }),
      "CONFLICT",
      "draftOutdated",
    );
    expect(error.params?.supplier).toBeTruthy();
    expect(await db.meeting.count({ where: { sessionId } })).toBe(1);
    expect((await db.meetingRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("PENDING");
    expect((await db.scheduleDraft.findUniqueOrThrow({ where: { id: run.draftId } })).status).toBe("OPEN");
  });

  it("books nothing when a party no longer takes part (excluded, then suspended), and names it", async () => {
    const [excluded, suspended] = [await freshBuyer(), await freshBuyer()];
    const { request } = await requestFrom(b0(), s0());
    await mutualInterest(excluded, s0());
    await mutualInterest(suspended, s1());
    const refusedNaming = async (party: typeof excluded, supplier: ReturnType<typeof s0>) => {
      const run = await runAutoSchedule(world.organizer, { sessionId }, { now });
      const sanction =
        party === excluded
          ? { kind: "exclusion" as const, sessionId, reason: "Abusive language" }
          : { kind: "suspension" as const, reason: "Repeated misconduct" };
      await takeSanction(world.organizer, { organizationId: party.organization.id, ...sanction }, { now });
      const error = await expectAppError(
        publishDraft(world.organizer, { draftId: run.draftId }, { now }),
        "CONFLICT",
        "draftPartyGone",
      );
      expect(error.params).toEqual({ party: await nameOf(party), other: await nameOf(supplier) });
      expect(await db.meeting.count({ where: { sessionId } })).toBe(0);
      expect((await db.meetingRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("PENDING");
      expect((await db.scheduleDraft.findUniqueOrThrow({ where: { id: run.draftId } })).status).toBe("OPEN");
      return run;
    };

    expect((await refusedNaming(excluded, s0())).placed).toBe(3);
    // Run again: the excluded buyer is left out; then the other buyer is suspended before the publish.
    expect((await refusedNaming(suspended, s1())).placed).toBe(2);
    const last = await runAutoSchedule(world.organizer, { sessionId }, { now });
    expect(last.placed).toBe(1);
    expect(await publishDraft(world.organizer, { draftId: last.draftId }, { now })).toEqual({ booked: 1 });
  });

  it("waits for an exclusion under way (the registrations read FOR SHARE) and then refuses its pair", async () => {
    const buyer = await freshBuyer();
    await mutualInterest(buyer, s1());
    const run = await runAutoSchedule(world.organizer, { sessionId }, { now });
    let publishing: Promise<unknown> = Promise.resolve();
    await db.$transaction(
      async (tx) => {
        // The exclusion's first write, not yet committed; the publish starts meanwhile and must wait for it.
        await tx.sessionRegistration.update({
          where: { sessionId_organizationId: { sessionId, organizationId: buyer.organization.id } },
          data: { status: "REJECTED" },
        });
        publishing = publishDraft(world.organizer, { draftId: run.draftId }, { now }).catch((error: unknown) => error);
        await waitForABlockedStatement();
      },
      { timeout: 30_000 },
    );
    expect(await publishing).toMatchObject({ code: "CONFLICT", messageKey: "draftPartyGone" });
    expect(await db.meeting.count({ where: { sessionId } })).toBe(0);
  });

  it("moves a meeting only where the validator finds no conflict, and drops one", async () => {
    await requestFrom(b0(), s0());
    await requestFrom(b1(), s0());
    const run = await runAutoSchedule(world.organizer, { sessionId }, { now });
    const items = await db.scheduleDraftItem.findMany({
      where: { draftId: run.draftId },
      orderBy: { startsAt: "asc" },
    });
    const [first, second] = items;

    // Onto the other meeting's slot: supplier 0 would be in two meetings at once.
    const clash = await moveDraftItem(world.organizer, {
      draftId: run.draftId,
      itemId: first.id,
      slotId: second.slotId!,
    });
    expect(clash.status).toBe("conflict");
    expect(clash.status === "conflict" && clash.conflicts[0]).toMatchObject({
      kind: "participantDoubleBooked",
      participant: s0().organization.id,
    });
    // Before the buyer's day starts (03:00 UTC is 06:00 Moscow): unavailable.
    const early = await moveDraftItem(world.organizer, {
      draftId: run.draftId,
      itemId: first.id,
      slotId: slotIdOf({ start: at("03:00"), end: at("03:20") }),
    });
    expect(early.status === "conflict" && early.conflicts.map((c) => c.kind)).toContain("participantUnavailable");
    expect((await db.scheduleDraftItem.findUniqueOrThrow({ where: { id: first.id } })).slotId).toBe(first.slotId);

    const free = at("09:40", "2026-06-02").toISOString();
    expect(await moveDraftItem(world.organizer, { draftId: run.draftId, itemId: first.id, slotId: free })).toEqual({
      status: "moved",
    });
    await dropDraftItem(world.organizer, { draftId: run.draftId, itemId: second.id });
    const after = await db.scheduleDraftItem.findMany({ where: { draftId: run.draftId } });
    expect(after.find((i) => i.id === first.id)).toMatchObject({
      status: "PLACED",
      slotId: free,
      startsAt: new Date(free),
    });
    expect(after.find((i) => i.id === second.id)).toMatchObject({ status: "DROPPED", slotId: null });

    await publishDraft(world.organizer, { draftId: run.draftId }, { now });
    const meetings = await db.meeting.findMany({ where: { sessionId } });
    expect(meetings.map((m) => m.startsAt)).toEqual([new Date(free)]);
    expect(
      await db.auditLog.count({
        where: { action: { in: ["autoSchedule.moved", "autoSchedule.dropped"] }, entityId: run.draftId },
      }),
    ).toBe(2);
  });

  it("explains pairs without a place and assigns interpreters only on shift", async () => {
    await requestMeeting(
      b0().actor,
      { sessionId, organizationId: s0().organization.id, message: "x", needsInterpreter: true },
      { now },
    );
    const run = await runAutoSchedule(world.organizer, { sessionId }, { now });
    expect(run).toMatchObject({ placed: 0, unscheduled: 1 });
    const [item] = await db.scheduleDraftItem.findMany({ where: { draftId: run.draftId } });
    expect(item).toMatchObject({ status: "UNSCHEDULED", reason: "noInterpreter", needsInterpreter: true });
  });
});

describe("permissions", () => {
  it("lets only organizers of the hosting fair auto-schedule, edit and publish", async () => {
    await requestFrom(b0(), s0());
    const run = await runAutoSchedule(world.organizer, { sessionId }, { now });
    const item = await db.scheduleDraftItem.findFirstOrThrow({ where: { draftId: run.draftId } });
    for (const participant of [s0().actor, b0().actor]) {
      await expectAppError(runAutoSchedule(participant, { sessionId }, { now }), "FORBIDDEN");
      await expectAppError(publishDraft(participant, { draftId: run.draftId }, { now }), "FORBIDDEN");
      await expectAppError(
        moveDraftItem(participant, { draftId: run.draftId, itemId: item.id, slotId: item.slotId! }),
        "FORBIDDEN",
      );
      expect(await getLatestDraft(participant, sessionId).catch((e) => e.code)).toBe("FORBIDDEN");
    }
    const stranger = await createOrganizerActor();
    await expectAppError(runAutoSchedule(stranger, { sessionId }, { now }), "NOT_FOUND");
    await expectAppError(publishDraft(stranger, { draftId: run.draftId }, { now }), "NOT_FOUND");
    await expectAppError(dropDraftItem(stranger, { draftId: run.draftId, itemId: item.id }), "NOT_FOUND");
    expect(await getLatestDraft(stranger, sessionId)).toBeNull();
    expect(await db.meeting.count()).toBe(0);
  });
});
