/**
 * Many people accepting at the same instant: exactly one meeting is booked per
 * contested slot and every other attempt gets CONFLICT "slotTaken" with the next
 * free slots, never another error (no deadlock, no timeout, no 500).
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { acceptRequest } from "@/lib/meetings/accept-request";
import { organizationLockKey } from "@/lib/meetings/booking-transaction";
import { requestMeeting } from "@/lib/meetings/request-meeting";
import { SlotTakenError } from "@/lib/meetings/slot-taken-error";
import {
  at,
  beforeTheFair,
  createInterpreterOnShift,
  createMeetingWorld,
  type MeetingWorld,
  meetingData,
} from "../factories/meetings";

const now = beforeTheFair;
const racers = 20;

function expectOneWinner(results: PromiseSettledResult<unknown>[], nextStart: string | null) {
  const winners = results.filter((r) => r.status === "fulfilled");
  expect(winners).toHaveLength(1);
  for (const result of results) {
    if (result.status === "fulfilled") continue;
    const error = result.reason as SlotTakenError;
    expect(error, String(error)).toBeInstanceOf(SlotTakenError);
    expect(error).toMatchObject({ code: "CONFLICT", messageKey: "slotTaken", status: 409 });
    expect(error.nextFreeSlots[0]?.start ?? null).toBe(nextStart === null ? null : at(nextStart).toISOString());
  }
}

describe(`${racers} buyers' requests accepted by one supplier at once`, () => {
  let world: MeetingWorld;
  let requestIds: string[];

  beforeAll(async () => {
    world = await createMeetingWorld({ suppliers: 1, buyers: racers });
    requestIds = [];
    for (const buyer of world.buyers) {
      const { request } = await requestMeeting(
        buyer.actor,
        { sessionId: world.session.id, organizationId: world.supplier.organization.id },
        { now },
      );
      requestIds.push(request.id);
    }
  }, 180_000);

  it("books exactly one meeting per contested slot; the rest are told the next free slot", async () => {
    const race = (ids: string[], start: string) =>
      Promise.allSettled(ids.map((id) => acceptRequest(world.supplier.actor, id, { start: at(start) }, { now })));

    expectOneWinner(await race(requestIds, "05:00"), "05:20");
    expect(await db.meeting.count()).toBe(1);

    // A second round over the requests still open, on another slot.
    const open = (await db.meetingRequest.findMany({ where: { status: "PENDING" }, select: { id: true } })).map(
      (r) => r.id,
    );
    expect(open).toHaveLength(racers - 1);
    expectOneWinner(await race(open, "06:00"), "06:20"); // the next free slots from the wanted one on

    const meetings = await db.meeting.findMany({ orderBy: { startsAt: "asc" } });
    expect(meetings.map((m) => m.startsAt)).toEqual([at("05:00"), at("06:00")]);
    expect(await db.meetingRequest.count({ where: { status: "ACCEPTED" } })).toBe(2);
    expect(await db.meetingRequest.count({ where: { status: "PENDING" } })).toBe(racers - 2);
  }, 120_000);
});

describe("distinct pairs racing for the only interpreter", () => {
  const pairs = 8;

  it("gives the interpreter to exactly one meeting", async () => {
    const world = await createMeetingWorld({ suppliers: pairs, buyers: pairs });
    await createInterpreterOnShift(world.organizer, world.session.id, [["05:00", "05:20"]]);
    const requests = [];
    for (let i = 0; i < pairs; i++) {
      const { request } = await requestMeeting(
        world.buyers[i].actor,
        { sessionId: world.session.id, organizationId: world.suppliers[i].organization.id, needsInterpreter: true },
        { now },
      );
      requests.push(request.id);
    }
    const results = await Promise.allSettled(
      requests.map((id, i) => acceptRequest(world.suppliers[i].actor, id, { start: at("05:00") }, { now })),
    );
    expectOneWinner(results, null);
    const meetings = await db.meeting.findMany({ where: { sessionId: world.session.id } });
    expect(meetings).toHaveLength(1);
    expect(meetings[0].interpreterId).not.toBeNull();
  }, 180_000);
});

describe("when only the database sees the other booking", () => {
  it("maps the EXCLUDE violation of a booking committed meanwhile to slotTaken", async () => {
    const world = await createMeetingWorld({ suppliers: 1, buyers: 2 });
    const [buyer, other] = world.buyers;
    const { request } = await requestMeeting(
      buyer.actor,
      { sessionId: world.session.id, organizationId: world.supplier.organization.id },
      { now },
    );
    // Another writer (not taking our locks) holds an uncommitted meeting of the supplier at 05:00.
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query("BEGIN");
      const row = meetingData(
        {
          sessionId: world.session.id,
          supplierOrgId: world.supplier.organization.id,
          buyerOrgId: other.organization.id,
        },
        "05:00",
        "05:20",
      );
      await client.query(
        `INSERT INTO "Meeting" ("id", "sessionId", "supplierOrgId", "buyerOrgId", "startsAt", "endsAt", "status", "roomToken", "updatedAt")
         VALUES ($1, $2, $3, $4, $5, $6, 'SCHEDULED', $7, now())`,
        [
          `raw-${randomBytes(6).toString("hex")}`,
          row.sessionId,
          row.supplierOrgId,
          row.buyerOrgId,
          row.startsAt,
          row.endsAt,
          row.roomToken,
        ],
      );
      const accepting = acceptRequest(world.supplier.actor, request.id, { start: at("05:00") }, { now }).then(
        () => null,
        (error: unknown) => error,
      );
      // Wait until the accept's insert is blocked on the constraint, then let the other writer commit.
      let blocked = false;
      for (let waited = 0; waited < 100 && !blocked; waited++) {
        const { rows } = await client.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        blocked = rows[0].n > 0;
        if (!blocked) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(blocked).toBe(true);
      await client.query("COMMIT");
      const error = (await accepting) as SlotTakenError;
      expect(error).toBeInstanceOf(SlotTakenError);
      expect(error.nextFreeSlots[0].start).toBe(at("05:20").toISOString());
    } finally {
      await client.end();
    }
    expect(await db.meeting.count({ where: { sessionId: world.session.id } })).toBe(1);
    expect((await db.meetingRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("PENDING");
  }, 120_000);
});

describe("a slot that is already booked", () => {
  it("is refused at once, without queueing for the parties' booking locks", async () => {
    const world = await createMeetingWorld({ suppliers: 1, buyers: 2 });
    const supplierId = world.supplier.organization.id;
    const requestIds: string[] = [];
    for (const buyer of world.buyers) {
      const { request } = await requestMeeting(
        buyer.actor,
        { sessionId: world.session.id, organizationId: supplierId },
        { now },
      );
      requestIds.push(request.id);
    }
    await acceptRequest(world.supplier.actor, requestIds[0], { start: at("05:00") }, { now });

    // Another booking of the supplier's is in progress: it holds the supplier's lock.
    const key = organizationLockKey(supplierId);
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query("SELECT pg_advisory_lock($1::bigint)", [key.toString()]);
      let settled = false;
      const accepting = acceptRequest(world.supplier.actor, requestIds[1], { start: at("05:00") }, { now }).then(
        () => null,
        (error: unknown) => error,
      );
      void accepting.finally(() => (settled = true));
      // Watch the lock: an attempt that queued for it would show up as an ungranted advisory lock on that key.
      const unsigned = BigInt.asUintN(64, key);
      let queued = false;
      while (!settled && !queued) {
        const { rows } = await client.query(
          `SELECT count(*)::int AS n FROM pg_locks
           WHERE locktype = 'advisory' AND NOT granted AND classid = $1::oid AND objid = $2::oid AND objsubid = 1`,
          [(unsigned >> 32n).toString(), (unsigned & 0xffffffffn).toString()],
        );
        queued = rows[0].n > 0;
        if (!settled && !queued) await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(queued).toBe(false);
      const error = (await accepting) as SlotTakenError;
      expect(error).toBeInstanceOf(SlotTakenError);
      expect(error.nextFreeSlots[0].start).toBe(at("05:20").toISOString());
    } finally {
      await client.query("SELECT pg_advisory_unlock_all()");
      await client.end();
    }
    expect(await db.meeting.count({ where: { sessionId: world.session.id } })).toBe(1);
    expect((await db.meetingRequest.findUniqueOrThrow({ where: { id: requestIds[1] } })).status).toBe("PENDING");
  }, 120_000);
});
