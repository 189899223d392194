import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { stopBoss } from "@/lib/jobs/boss";
import { setSupplierVerified } from "@/lib/organizations/set-verified";
import { expectAppError, expectValidationError } from "../factories/errors";
import { createMatchingWorld, type MatchingWorld } from "../factories/match-world";
import { createOrganizationWithStatus } from "../factories/organizations";

let world: MatchingWorld;

beforeAll(async () => {
  world = await createMatchingWorld();
});
afterAll(() => stopBoss());

const verifiedAt = async (id: string) =>
  (await db.organization.findUniqueOrThrow({ where: { id }, select: { verifiedAt: true } })).verifiedAt;

describe("an organizer marks a supplier verified", () => {
  it("sets and clears the mark, audits each change once, and queues the supplier's sessions", async () => {
    const id = world.supplier.organization.id;
    await setSupplierVerified(world.organizer, { organizationId: id, verified: "true" });
    expect(await verifiedAt(id)).toBeInstanceOf(Date);
    await setSupplierVerified(world.organizer, { organizationId: id, verified: "true" }); // repeated click
    expect(await db.auditLog.count({ where: { entityId: id, action: "organization.verified" } })).toBe(1);
    expect(await db.matchTableRun.findUnique({ where: { sessionId: world.session.id } })).toMatchObject({
      status: "QUEUED",
    });

    await setSupplierVerified(world.organizer, { organizationId: id, verified: "false" });
    expect(await verifiedAt(id)).toBeNull();
    expect(await db.auditLog.count({ where: { entityId: id, action: "organization.unverified" } })).toBe(1);
  });

  it("marks only approved suppliers; buyers and unknown ids are not found", async () => {
    const pending = await createOrganizationWithStatus("SUPPLIER", "PENDING", world.organizer);
    await expectAppError(
      setSupplierVerified(world.organizer, { organizationId: pending.organization.id, verified: "true" }),
      "INVALID_STATE",
      "verifyNotApproved",
    );
    await expectAppError(
      setSupplierVerified(world.organizer, { organizationId: world.buyer.organization.id, verified: "true" }),
      "NOT_FOUND",
      "organizationNotFound",
    );
    expect(await verifiedAt(world.buyer.organization.id)).toBeNull();
  });

  it("is for organizers only and validates its input", async () => {
    const input = { organizationId: world.otherSupplier.organization.id, verified: "true" as const };
    await expectAppError(setSupplierVerified(world.supplier.actor, input), "FORBIDDEN", "forbidden");
    await expectAppError(setSupplierVerified(world.buyer.actor, input), "FORBIDDEN", "forbidden");
    expect(await verifiedAt(world.otherSupplier.organization.id)).toBeNull();
    expect(
      await expectValidationError(setSupplierVerified(world.organizer, { ...input, verified: "maybe" as never })),
    ).toEqual({ verified: "invalid" });
  });
});
