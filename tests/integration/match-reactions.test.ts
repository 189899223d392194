import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { stopBoss } from "@/lib/jobs/boss";
import { reactToMatch } from "@/lib/matching/react-to-match";
import { closeRequirement } from "@/lib/requirements/set-requirement-status";
import { expectAppError, expectValidationError, isTranslatedErrorKey } from "../factories/errors";
import { createMatchingWorld, type MatchingWorld } from "../factories/match-world";
import { createOrganizationWithStatus } from "../factories/organizations";

let world: MatchingWorld;

beforeAll(async () => {
  world = await createMatchingWorld();
});
afterAll(() => stopBoss());

const pair = (supplierOrgId = world.supplier.organization.id, requirementId = world.requirement.id) => ({
  requirementId,
  supplierOrgId,
});

describe("reacting to a recommended pair", () => {
  it("shows mutual interest once both sides are interested, and audits every mark", async () => {
    const first = await reactToMatch(world.buyer.actor, { ...pair(), kind: "INTERESTED" });
    expect(first).toEqual({ buyer: "INTERESTED", supplier: null, mutual: false });

    const second = await reactToMatch(world.supplier.actor, { ...pair(), kind: "INTERESTED" });
    expect(second).toEqual({ buyer: "INTERESTED", supplier: "INTERESTED", mutual: true });

    const rows = await db.matchReaction.findMany({ where: pair(), orderBy: { side: "asc" } });
    expect(rows).toEqual([
      expect.objectContaining({ side: "BUYER", kind: "INTERESTED", userId: world.buyer.actor.id }),
      expect.objectContaining({ side: "SUPPLIER", kind: "INTERESTED", userId: world.supplier.actor.id }),
    ]);
    const audit = await db.auditLog.findMany({
      where: { entityId: world.requirement.id, action: "match.reacted" },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((entry) => [entry.actorId, entry.organizationId])).toEqual([
      [world.buyer.actor.id, world.buyer.organization.id],
      [world.supplier.actor.id, world.supplier.organization.id],
    ]);
  });

  it("changes a mark in place, and null clears it (mutual interest ends)", async () => {
    const target = pair(world.otherSupplier.organization.id);
    await reactToMatch(world.buyer.actor, { ...target, kind: "INTERESTED" });
    await reactToMatch(world.otherSupplier.actor, { ...target, kind: "INTERESTED" });
    expect(await reactToMatch(world.buyer.actor, { ...target, kind: "NOT_RELEVANT" })).toEqual({
      buyer: "NOT_RELEVANT",
      supplier: "INTERESTED",
      mutual: false,
    });
    expect(await reactToMatch(world.buyer.actor, { ...target, kind: "" })).toEqual({
      buyer: null,
      supplier: "INTERESTED",
      mutual: false,
    });
    expect(await db.matchReaction.count({ where: { ...target, side: "BUYER" } })).toBe(0);
    expect(
      await db.auditLog.count({ where: { entityId: world.requirement.id, action: "match.reaction-cleared" } }),
    ).toBe(1);
  });

  it("lets a buyer react only on its own organization's requirements", async () => {
    await expectAppError(
      reactToMatch(world.otherBuyer.actor, { ...pair(), kind: "NOT_RELEVANT" }),
      "NOT_FOUND",
      "requirementNotFound",
    );
    expect(await db.matchReaction.count({ where: { ...pair(), kind: "NOT_RELEVANT" } })).toBe(0);
  });

  it("lets a supplier react only for itself", async () => {
    await expectAppError(
      reactToMatch(world.otherSupplier.actor, { ...pair(world.supplier.organization.id), kind: "NOT_RELEVANT" }),
      "FORBIDDEN",
      "forbidden",
    );
    expect(await db.matchReaction.count({ where: { ...pair(), kind: "NOT_RELEVANT" } })).toBe(0);
  });

  it("refuses organizers, unapproved organizations, closed requirements for suppliers and unknown suppliers", async () => {
    await expectAppError(reactToMatch(world.organizer, { ...pair(), kind: "INTERESTED" }), "FORBIDDEN", "forbidden");
    const pending = await createOrganizationWithStatus("SUPPLIER", "PENDING");
    await expectAppError(
      reactToMatch(pending.actor, { ...pair(pending.organization.id), kind: "INTERESTED" }),
      "FORBIDDEN",
      "organizationPENDING",
    );
    await expectAppError(
      reactToMatch(world.buyer.actor, { ...pair(world.otherBuyer.organization.id), kind: "INTERESTED" }),
      "NOT_FOUND",
      "matchSupplierNotFound",
    );
    await closeRequirement(world.otherBuyer.actor, { requirementId: world.otherRequirement.id });
    await expectAppError(
      reactToMatch(world.supplier.actor, { ...pair(undefined, world.otherRequirement.id), kind: "INTERESTED" }),
      "NOT_FOUND",
      "requirementNotFound",
    );
  });

  it("validates the kind with a translated message", async () => {
    const fields = await expectValidationError(reactToMatch(world.buyer.actor, { ...pair(), kind: "LOVE" as never }));
    expect(fields).toEqual({ kind: "reactionKindInvalid" });
    expect(isTranslatedErrorKey("reactionKindInvalid")).toBe(true);
  });
});
