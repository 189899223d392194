/**
 * The database itself forbids double booking: EXCLUDE constraints on "Meeting"
 * keep every supplier, buyer and interpreter out of two overlapping meetings
 * that are not cancelled, even when the inserts race each other.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isConflictViolation } from "@/lib/errors";
import { failureOf, postgresErrorOf } from "../factories/errors";
import { createFairWithSession } from "../factories/fairs";
import { at, meetingData, type MeetingParties } from "../factories/meetings";
import { createPendingOrganization } from "../factories/organizations";
import { createMany } from "../factories/unique";
import { createInterpreterActor, createOrganizerActor } from "../factories/users";

const racers = 20;
let sessionId: string;
let suppliers: string[];
let buyers: string[];
let interpreters: string[];

beforeAll(async () => {
  const organizer = await createOrganizerActor();
  sessionId = (await createFairWithSession(organizer)).session.id;
  suppliers = await createMany(racers, async () => (await createPendingOrganization("SUPPLIER")).organization.id);
  buyers = await createMany(racers, async () => (await createPendingOrganization("BUYER")).organization.id);
  interpreters = await createMany(2, async () => (await createInterpreterActor(organizer)).id);
});

beforeEach(async () => {
  await db.meeting.deleteMany({});
});

/** Supplier i, buyer i and (optionally) interpreter j: distinct indexes never share a party. */
const parties = (supplier: number, buyer: number, interpreter: number | null = null): MeetingParties => ({
  sessionId,
  supplierOrgId: suppliers[supplier],
  buyerOrgId: buyers[buyer],
  interpreterId: interpreter === null ? null : interpreters[interpreter],
});

const book = (who: MeetingParties, from: string, to: string, status?: "SCHEDULED" | "COMPLETED" | "CANCELLED") =>
  db.meeting.create({ data: meetingData(who, from, to, status) });

async function expectOverlapRefused(attempt: Promise<unknown>, constraint: string) {
  const error = await failureOf(attempt);
  expect(postgresErrorOf(error), String(error)).toMatchObject({ code: "23P01", constraint });
  expect(isConflictViolation(error)).toBe(true);
}

const shared = [
  { party: "supplier", constraint: "Meeting_no_supplier_overlap", other: parties.bind(null, 0, 1, 1) },
  { party: "buyer", constraint: "Meeting_no_buyer_overlap", other: parties.bind(null, 1, 0, 1) },
  { party: "interpreter", constraint: "Meeting_no_interpreter_overlap", other: parties.bind(null, 1, 1, 0) },
];

// Each window overlaps [10:00, 10:20) in a different way.
const overlappingWindows = [
  ["10:00", "10:20"],
  ["09:50", "10:10"],
  ["10:10", "10:30"],
  ["10:05", "10:15"],
  ["09:00", "11:00"],
];

describe("overlapping meetings", () => {
  it.each(shared)("the same $party cannot be in two overlapping meetings", async ({ constraint, other }) => {
    const first = await book(parties(0, 0, 0), "10:00", "10:20");
    for (const [from, to] of overlappingWindows) await expectOverlapRefused(book(other(), from, to), constraint);
    expect(await db.meeting.findMany({ select: { id: true } })).toEqual([{ id: first.id }]);
  });

  it.each(shared)("the same $party cannot be moved into an overlap", async ({ constraint, other }) => {
    await book(parties(0, 0, 0), "10:00", "10:20");
    const later = await book(other(), "10:20", "10:40");
    await expectOverlapRefused(
      db.meeting.update({ where: { id: later.id }, data: { startsAt: at("10:10") } }),
      constraint,
    );
    expect(await db.meeting.findUniqueOrThrow({ where: { id: later.id } })).toMatchObject({ startsAt: at("10:20") });
  });

  it("allows back-to-back meetings of the same parties (half-open ranges)", async () => {
    await book(parties(0, 0, 0), "10:00", "10:20");
    await book(parties(0, 0, 0), "10:20", "10:40");
    await book(parties(0, 0, 0), "09:40", "10:00");
    expect(await db.meeting.count()).toBe(3);
  });

  it("allows different parties at the same time, and any number of meetings without an interpreter", async () => {
    await book(parties(0, 0, 0), "10:00", "10:20");
    await book(parties(1, 1, 1), "10:00", "10:20");
    await book(parties(2, 2), "10:00", "10:20");
    await book(parties(3, 3), "10:00", "10:20");
    expect(await db.meeting.count()).toBe(4);
  });

  it("does not let a cancelled meeting block the slot, nor come back into an overlap", async () => {
    const cancelled = await book(parties(0, 0, 0), "10:00", "10:20", "CANCELLED");
    await book(parties(0, 0, 0), "10:00", "10:20");
    await book(parties(0, 0, 0), "10:10", "10:30", "CANCELLED");
    expect(await db.meeting.count()).toBe(3);

    await expectOverlapRefused(
      db.meeting.update({ where: { id: cancelled.id }, data: { status: "SCHEDULED" } }),
      "Meeting_no_supplier_overlap",
    );
    expect(await db.meeting.findUniqueOrThrow({ where: { id: cancelled.id } })).toMatchObject({ status: "CANCELLED" });
  });

  it("lets a completed meeting still block its slot", async () => {
    await book(parties(0, 0), "10:00", "10:20", "COMPLETED");
    await expectOverlapRefused(book(parties(0, 1), "10:10", "10:30"), "Meeting_no_supplier_overlap");
  });
});

describe("CHECK constraints", () => {
  it.each([
    ["ends when it starts", "10:00", "10:00"],
    ["ends before it starts", "10:20", "10:00"],
  ])("refuses a meeting that %s", async (_case, from, to) => {
    const error = await failureOf(book(parties(0, 0), from, to));
    expect(postgresErrorOf(error)).toMatchObject({ code: "23514", constraint: "Meeting_time_order" });
    expect(isConflictViolation(error)).toBe(false);
    expect(await db.meeting.count()).toBe(0);
  });

  it("refuses a meeting of an organization with itself", async () => {
    const error = await failureOf(
      book({ sessionId, supplierOrgId: suppliers[0], buyerOrgId: suppliers[0] }, "10:00", "10:20"),
    );
    expect(postgresErrorOf(error)).toMatchObject({ code: "23514", constraint: "Meeting_parties_differ" });
    expect(await db.meeting.count()).toBe(0);
  });
});

/** Racer i books a meeting starting i minutes after 10:00: every pair of the 20 windows overlaps. */
const raceWindow = (i: number): [string, string] => {
  const clock = (minute: number) =>
    `${String(10 + Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
  return [clock(i), clock(i + 20)];
};

const races = [
  { party: "supplier", constraint: "Meeting_no_supplier_overlap", racer: (i: number) => parties(0, i) },
  { party: "buyer", constraint: "Meeting_no_buyer_overlap", racer: (i: number) => parties(i, 0) },
  { party: "interpreter", constraint: "Meeting_no_interpreter_overlap", racer: (i: number) => parties(i, i, 0) },
];

/** All inserts through Prisma's connection pool at once. */
function raceThroughPrisma(rows: ReturnType<typeof meetingData>[]) {
  return Promise.allSettled(rows.map((data) => db.meeting.create({ data })));
}

type MeetingRow = ReturnType<typeof meetingData>;

/** The insert booking code would send, on a connection of our own. */
function insertMeeting(client: pg.Client, row: MeetingRow) {
  return client.query(
    `INSERT INTO "Meeting" ("id", "sessionId", "supplierOrgId", "buyerOrgId", "interpreterId", "startsAt", "endsAt", "status", "roomToken", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())`,
    [
      `raw-${randomBytes(8).toString("hex")}`,
      row.sessionId,
      row.supplierOrgId,
      row.buyerOrgId,
      row.interpreterId,
      row.startsAt,
      row.endsAt,
      row.status,
      row.roomToken,
    ],
  );
}

/** `count` connections, each inside an open transaction; always closed afterwards. */
async function withOpenTransactions<T>(count: number, run: (clients: pg.Client[]) => Promise<T>): Promise<T> {
  const clients = Array.from({ length: count }, () => new pg.Client({ connectionString: process.env.DATABASE_URL }));
  try {
    await Promise.all(clients.map(async (client) => (await client.connect(), client.query("BEGIN"))));
    return await run(clients);
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
}

/** Runs `work` in the client's open transaction: COMMIT when it succeeds, ROLLBACK (and rethrow) when not. */
async function finish(client: pg.Client, work: () => Promise<unknown>) {
  try {
    await work();
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

/**
 * One connection and one open transaction per racer: all transactions have begun
 * before any insert is sent, and each commits as soon as its insert returns.
 */
function raceThroughOwnConnections(rows: MeetingRow[]) {
  return withOpenTransactions(rows.length, (clients) =>
    Promise.allSettled(rows.map((row, i) => finish(clients[i], () => insertMeeting(clients[i], row)))),
  );
}

// Two racers that check the constraint at the same instant can each wait for the
// other; Postgres then aborts one as a deadlock (40P01) rather than an exclusion
// violation. Either way it is refused; booking code must expect both (see below).
const refusedCodes = ["23P01", "40P01"];

describe.each([
  ["through Prisma's pool", raceThroughPrisma],
  ["on separate connections with open transactions", raceThroughOwnConnections],
])(`${racers} concurrent bookings %s`, (_how, race) => {
  it.each(races)(
    "for the same $party: exactly one is stored, all others are refused",
    async ({ constraint, racer }) => {
      const rows = Array.from({ length: racers }, (_, i) => meetingData(racer(i), ...raceWindow(i)));
      const results = await race(rows);

      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      for (const result of results) {
        if (result.status === "fulfilled") continue;
        const refusal = postgresErrorOf(result.reason);
        expect(refusedCodes, String(result.reason)).toContain(refusal.code);
        if (refusal.code === "23P01") {
          expect(refusal.constraint).toBe(constraint);
          expect(isConflictViolation(result.reason)).toBe(true);
        }
      }
      expect(await db.meeting.count()).toBe(1);
    },
    // Each deadlock costs Postgres' deadlock_timeout (1 s) to detect.
    90_000,
  );
});

describe("crossed bookings in two transactions", () => {
  it("deadlock: Postgres aborts one transaction with 40P01 and the other commits all its meetings", async () => {
    const [x, y] = [meetingData(parties(0, 0), "10:00", "10:20"), meetingData(parties(1, 1), "10:00", "10:20")];
    // z needs supplier 1 (held by y), w needs supplier 0 (held by x).
    const [z, w] = [meetingData(parties(1, 2), "10:05", "10:25"), meetingData(parties(0, 3), "10:05", "10:25")];

    const results = await withOpenTransactions(2, async ([a, b]) => {
      await insertMeeting(a, x);
      await insertMeeting(b, y);
      const first = finish(a, () => insertMeeting(a, z));
      await new Promise((resolve) => setTimeout(resolve, 50)); // a is now waiting for b
      return Promise.allSettled([first, finish(b, () => insertMeeting(b, w))]);
    });

    const refused = results.flatMap((r) => (r.status === "rejected" ? [postgresErrorOf(r.reason).code] : []));
    expect(refused).toEqual(["40P01"]);
    const winner = results[0].status === "fulfilled" ? [x, z] : [y, w];
    const stored = await db.meeting.findMany({ select: { roomToken: true } });
    expect(stored.map((m) => m.roomToken).sort()).toEqual(winner.map((m) => m.roomToken).sort());
  });
});
