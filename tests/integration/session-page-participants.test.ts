/**
 * A session's public page lists the first SESSION_PARTICIPANTS_LISTED approved participants of
 * each side (earliest registered first) and counts them all: a large fair's thousands of
 * suppliers are searched in the catalogue, not rendered on one page.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getPublishedSession, SESSION_PARTICIPANTS_LISTED } from "@/lib/fairs/queries";
import { createMeetingWorld, type MeetingWorld } from "../factories/meetings";

let world: MeetingWorld;

beforeAll(async () => {
  world = await createMeetingWorld({ suppliers: SESSION_PARTICIPANTS_LISTED + 2, buyers: 2 });
  await db.fair.update({ where: { id: world.fair.id }, data: { status: "PUBLISHED" } });
  // One supplier withdrawn and one suspended: neither is listed nor counted.
  const [withdrawn, suspended] = world.suppliers.slice(-2);
  await db.sessionRegistration.updateMany({
    where: { sessionId: world.session.id, organizationId: withdrawn.organization.id },
    data: { status: "WITHDRAWN" },
  });
  await db.organization.update({ where: { id: suspended.organization.id }, data: { status: "SUSPENDED" } });
}, 120_000);

describe("the session page's participants", () => {
  it("lists the first suppliers in registration order and counts every approved one", async () => {
    const session = await getPublishedSession(world.fair.slug, world.session.slug);
    expect(session!.suppliers.total).toBe(SESSION_PARTICIPANTS_LISTED);
    expect(session!.suppliers.listed).toHaveLength(SESSION_PARTICIPANTS_LISTED);
    const registered = await db.sessionRegistration.findMany({
      where: {
        sessionId: world.session.id,
        status: "APPROVED",
        organization: { kind: "SUPPLIER", status: "APPROVED" },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { organizationId: true },
    });
    expect(session!.suppliers.listed.map((o) => o.id)).toEqual(
      registered.slice(0, SESSION_PARTICIPANTS_LISTED).map((r) => r.organizationId),
    );
    expect(session!.buyers).toMatchObject({ total: 2 });
    expect(session!.buyers.listed).toHaveLength(2);
  });

  it("shows one more supplier than it lists as counted, not listed", async () => {
    const extra = world.suppliers.at(-2)!; // the withdrawn one comes back
    await db.sessionRegistration.updateMany({
      where: { sessionId: world.session.id, organizationId: extra.organization.id },
      data: { status: "APPROVED" },
    });
    const session = await getPublishedSession(world.fair.slug, world.session.slug);
    expect(session!.suppliers.total).toBe(SESSION_PARTICIPANTS_LISTED + 1);
    expect(session!.suppliers.listed).toHaveLength(SESSION_PARTICIPANTS_LISTED);
  });
});
