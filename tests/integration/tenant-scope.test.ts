/**
 * The tenant scope: lib/db.ts refuses a `where` holding `undefined` (Prisma would drop the
 * key and touch every row), and lib/tenancy answers "this organizer's fairs and sessions"
 * the same way for every caller.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireHostedFair, requireHostedSession } from "@/lib/tenancy/hosted";
import { hostedFairs, ownOrganizationId } from "@/lib/tenancy/tenant-scope";
import { expectAppError } from "../factories/errors";
import { createMeetingWorld, type MeetingWorld } from "../factories/meetings";
import { createInterpreterActor, createOrganizerActor } from "../factories/users";

let world: MeetingWorld;
let otherHost: Actor;

beforeAll(async () => {
  world = await createMeetingWorld();
  otherHost = await createOrganizerActor();
});

describe("a where holding undefined", () => {
  const missing = undefined as string | undefined;

  it("is refused by reads, counts, updates and deletes of many rows, also inside AND/OR/NOT", async () => {
    const widening = "is undefined; Prisma would drop it and match every row";
    await expect(db.fair.findMany({ where: { hostOrganizationId: missing } })).rejects.toThrow(widening);
    await expect(db.fair.findFirst({ where: { id: world.fair.id, hostOrganizationId: missing } })).rejects.toThrow(
      "Fair.findFirst: where.hostOrganizationId",
    );
    await expect(db.meeting.count({ where: { OR: [{ supplierOrgId: missing }] } })).rejects.toThrow(widening);
    await expect(
      db.fairSession.updateMany({ where: { AND: [{ fairId: missing }] }, data: { position: 9 } }),
    ).rejects.toThrow(widening);
    await expect(db.meetingRequest.deleteMany({ where: { NOT: { sessionId: missing } } })).rejects.toThrow(widening);
    // Nothing was touched.
    expect(await db.fairSession.count({ where: { position: 9 } })).toBe(0);
  });

  it("lets defined values, null and an absent where through", async () => {
    expect(await db.fair.findMany({ where: { id: world.fair.id, ...hostedFairs(world.organizer) } })).toHaveLength(1);
    expect(await db.meeting.count({ where: { interpreterId: null } })).toBe(0);
    expect(await db.fair.count()).toBeGreaterThanOrEqual(1);
  });
});

describe("the tenant scope", () => {
  it("finds the organizer's own fair and session", async () => {
    expect(await requireHostedFair(world.organizer, world.fair.id)).toMatchObject({ id: world.fair.id });
    const session = await requireHostedSession(world.organizer, world.session.id);
    expect(session).toMatchObject({ id: world.session.id, fair: { id: world.fair.id } });
    const picked = await requireHostedSession(world.organizer, world.session.id, { query: { select: { id: true } } });
    expect(picked).toEqual({ id: world.session.id });
  });

  it("answers another host's fair and session as missing, inside a transaction too", async () => {
    await expectAppError(requireHostedFair(otherHost, world.fair.id), "NOT_FOUND", "fairNotFound");
    await expectAppError(requireHostedSession(otherHost, world.session.id), "NOT_FOUND", "sessionNotFound");
    await expectAppError(
      db.$transaction((tx) => requireHostedSession(otherHost, world.session.id, { tx })),
      "NOT_FOUND",
      "sessionNotFound",
    );
  });

  it("refuses participants, and an actor without an organization instead of matching nothing", async () => {
    await expectAppError(requireHostedSession(world.buyer.actor, world.session.id), "FORBIDDEN", "forbidden");
    const interpreter = await createInterpreterActor(world.organizer);
    expect(() => ownOrganizationId(interpreter)).toThrow("FORBIDDEN");
  });
});
