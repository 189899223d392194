import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listOwnProposals, listSessionProposals } from "@/lib/matching/list-proposals";
import { proposeMatch } from "@/lib/matching/propose-match";
import { withdrawProposal } from "@/lib/matching/withdraw-proposal";
import { expectAppError, expectValidationError, isTranslatedErrorKey } from "../factories/errors";
import { createMatchingWorld, organizerOfAnotherHost, type MatchingWorld } from "../factories/match-world";

let world: MatchingWorld;

beforeAll(async () => {
  world = await createMatchingWorld();
});

const proposal = (overrides: Record<string, unknown> = {}) => ({
  sessionId: world.session.id,
  requirementId: world.requirement.id,
  supplierOrgId: world.supplier.organization.id,
  note: "  Both make and buy men's down jackets with EAC.  ",
  priorityAdjustment: "1",
  ...overrides,
});

describe("an organizer proposes a meeting for a pair", () => {
  it("stores it once per pair, audits it, and both sides see it (no one else)", async () => {
    const created = await proposeMatch(world.organizer, proposal());
    expect(created).toMatchObject({
      sessionId: world.session.id,
      buyerOrgId: world.buyer.organization.id,
      supplierOrgId: world.supplier.organization.id,
      note: "Both make and buy men's down jackets with EAC.",
      priorityAdjustment: 1,
      withdrawnAt: null,
      proposedById: world.organizer.id,
    });
    expect((await listOwnProposals(world.buyer.actor)).map((p) => p.id)).toEqual([created.id]);
    expect(
      (await listOwnProposals(world.buyer.actor, { requirementId: world.requirement.id })).map((p) => p.id),
    ).toEqual([created.id]);
    expect((await listOwnProposals(world.supplier.actor)).map((p) => p.id)).toEqual([created.id]);
    expect(await listOwnProposals(world.otherBuyer.actor)).toEqual([]);
    expect(await listOwnProposals(world.otherSupplier.actor)).toEqual([]);
    expect([...(await listSessionProposals(world.organizer, world.session.id)).keys()]).toEqual([
      `${world.requirement.id}:${world.supplier.organization.id}`,
    ]);

    const again = await proposeMatch(world.organizer, proposal({ note: "", priorityAdjustment: "-2" }));
    expect(again).toMatchObject({ id: created.id, note: null, priorityAdjustment: -2 });
    expect(await db.matchProposal.count({ where: { requirementId: world.requirement.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: created.id, action: "match.proposed" } })).toBe(2);
  });

  it("withdraws once; a withdrawn proposal disappears for both sides and can be proposed again", async () => {
    const created = await proposeMatch(
      world.organizer,
      proposal({ supplierOrgId: world.otherSupplier.organization.id }),
    );
    const withdrawn = await withdrawProposal(world.organizer, { proposalId: created.id });
    expect(withdrawn.withdrawnAt).toBeInstanceOf(Date);
    await expectAppError(
      withdrawProposal(world.organizer, { proposalId: created.id }),
      "INVALID_STATE",
      "proposalAlreadyWithdrawn",
    );
    expect((await listOwnProposals(world.otherSupplier.actor)).map((p) => p.id)).toEqual([]);
    expect(await db.auditLog.count({ where: { entityId: created.id, action: "match.proposal-withdrawn" } })).toBe(1);

    const revived = await proposeMatch(
      world.organizer,
      proposal({ supplierOrgId: world.otherSupplier.organization.id }),
    );
    expect(revived).toMatchObject({ id: created.id, withdrawnAt: null });
  });

  it("is for organizers of the hosting fair only", async () => {
    await expectAppError(proposeMatch(world.buyer.actor, proposal()), "FORBIDDEN", "forbidden");
    await expectAppError(proposeMatch(world.supplier.actor, proposal()), "FORBIDDEN", "forbidden");
    const stranger = await organizerOfAnotherHost();
    await expectAppError(proposeMatch(stranger, proposal()), "NOT_FOUND", "sessionNotFound");
    const existing = await db.matchProposal.findFirstOrThrow({ where: { requirementId: world.requirement.id } });
    await expectAppError(withdrawProposal(stranger, { proposalId: existing.id }), "NOT_FOUND", "proposalNotFound");
    await expectAppError(withdrawProposal(world.buyer.actor, { proposalId: existing.id }), "FORBIDDEN", "forbidden");
  });

  it("needs a supplier registered in the session and an open requirement of it", async () => {
    await expectAppError(
      proposeMatch(world.organizer, proposal({ supplierOrgId: world.unregisteredSupplier.organization.id })),
      "NOT_FOUND",
      "matchSupplierNotInSession",
    );
    await expectAppError(
      proposeMatch(world.organizer, proposal({ supplierOrgId: world.buyer.organization.id })),
      "NOT_FOUND",
      "matchSupplierNotInSession",
    );
    await expectAppError(
      proposeMatch(world.organizer, proposal({ requirementId: "no-such-requirement" })),
      "NOT_FOUND",
      "requirementNotFound",
    );
  });

  it("validates note and priority with translated messages", async () => {
    for (const priorityAdjustment of ["3", "-3", "1.5", "high"]) {
      expect(await expectValidationError(proposeMatch(world.organizer, proposal({ priorityAdjustment })))).toEqual({
        priorityAdjustment: "priorityRange",
      });
    }
    expect(await expectValidationError(proposeMatch(world.organizer, proposal({ note: "x".repeat(1001) })))).toEqual({
      note: "tooLong",
    });
    expect(isTranslatedErrorKey("priorityRange")).toBe(true);
  });
});
