import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { OrganizationStatus } from "@/lib/generated/prisma/enums";
import { allowedDecisions, reviewOrganization, reviewTransitions } from "@/lib/organizations/review-organization";
import type { ReviewDecision, ReviewOrganizationInput } from "@/lib/organizations/schemas";
import { actorFor } from "../factories/actors";
import { expectAppError, expectValidationError } from "../factories/errors";
import { createOrganizationWithStatus, createPendingOrganization } from "../factories/organizations";
import { createOrganizerActor } from "../factories/users";

const statuses: OrganizationStatus[] = ["PENDING", "APPROVED", "REJECTED", "SUSPENDED"];
const decisions: ReviewDecision[] = ["approve", "reject", "suspend", "reinstate"];

// The enterprise access rules, written out independently of reviewTransitions.
const expected: Record<OrganizationStatus, Partial<Record<ReviewDecision, OrganizationStatus>>> = {
  PENDING: { approve: "APPROVED", reject: "REJECTED" },
  APPROVED: { suspend: "SUSPENDED" },
  REJECTED: { approve: "APPROVED" },
  SUSPENDED: { reinstate: "APPROVED" },
};
const cases = statuses.flatMap((from) =>
  decisions.map((decision) => ({ from, decision, to: expected[from][decision] })),
);

let organizer: Actor;
let otherOrganizer: Actor;

beforeAll(async () => {
  organizer = await createOrganizerActor();
  otherOrganizer = await createOrganizerActor({ hostOrganizationId: organizer.organizationId! });
});

const decisionAudit = (organizationId: string) =>
  db.auditLog.findMany({
    where: { entityId: organizationId, action: { in: decisions.map((d) => `organization.${d}`) } },
  });

const reasonFor = (decision: ReviewDecision) => `Reason for ${decision}: documents checked on the phone.`;

describe("the review state machine", () => {
  it("matches the written-out table", () => {
    for (const status of statuses) {
      expect(allowedDecisions(status).sort(), status).toEqual(Object.keys(expected[status]).sort());
    }
    expect(Object.keys(reviewTransitions).sort()).toEqual([...decisions].sort());
  });

  it.each(cases.filter((c) => c.to))(
    "$decision moves $from to $to with one audit row",
    async ({ from, decision, to }) => {
      const { organization } = await createOrganizationWithStatus("SUPPLIER", from, organizer);
      const auditBefore = await decisionAudit(organization.id);

      const reason = reasonFor(decision);
      expect(await reviewOrganization(organizer, { organizationId: organization.id, decision, reason })).toEqual({
        id: organization.id,
        status: to,
        cancelledMeetings: 0, // it has no meetings
        declinedRequests: 0, // nor requests
      });

      const stored = await db.organization.findUniqueOrThrow({ where: { id: organization.id } });
      expect(stored).toMatchObject({ status: to, statusReason: reason });
      expect(stored.statusChangedAt).toBeInstanceOf(Date);
      const audit = (await decisionAudit(organization.id)).filter(
        (row) => !auditBefore.some((old) => old.id === row.id),
      );
      expect(audit).toEqual([
        expect.objectContaining({
          actorId: organizer.id,
          action: `organization.${decision}`,
          entityType: "Organization",
          organizationId: organization.id,
          reason,
          data: { from, to },
        }),
      ]);
    },
  );

  it.each(cases.filter((c) => !c.to))(
    "refuses to $decision a $from organization and changes nothing",
    async ({ from, decision }) => {
      const { organization } = await createOrganizationWithStatus("BUYER", from, organizer);
      const before = await db.organization.findUniqueOrThrow({ where: { id: organization.id } });
      const auditBefore = await db.auditLog.count();

      const error = await expectAppError(
        reviewOrganization(organizer, { organizationId: organization.id, decision, reason: reasonFor(decision) }),
        "INVALID_STATE",
        "decisionNotAllowed",
      );
      expect(error.params).toEqual({ status: from });
      expect(await db.organization.findUniqueOrThrow({ where: { id: organization.id } })).toEqual(before);
      expect(await db.auditLog.count()).toBe(auditBefore);
    },
  );
});

describe("reasons", () => {
  it.each(["reject", "suspend"] as const)("%s needs a reason; without one nothing changes", async (decision) => {
    const { organization } = await createOrganizationWithStatus(
      "SUPPLIER",
      decision === "reject" ? "PENDING" : "APPROVED",
      organizer,
    );
    const before = await db.organization.findUniqueOrThrow({ where: { id: organization.id } });
    const auditBefore = await db.auditLog.count();

    for (const reason of [undefined, "", "   "]) {
      const fields = await expectValidationError(
        reviewOrganization(organizer, { organizationId: organization.id, decision, reason } as ReviewOrganizationInput),
      );
      expect(fields).toEqual({ reason: "reasonRequired" });
    }
    expect(await db.organization.findUniqueOrThrow({ where: { id: organization.id } })).toEqual(before);
    expect(await db.auditLog.count()).toBe(auditBefore);
  });

  it("shows the rejection reason to the applicant, and clears it once approved", async () => {
    const { organization, user } = await createPendingOrganization("BUYER");
    const reason = "  The tax number does not match the company name.  ";
    await reviewOrganization(organizer, { organizationId: organization.id, decision: "reject", reason });
    expect((await actorFor(user.id)).organization).toMatchObject({ status: "REJECTED", statusReason: reason.trim() });

    await reviewOrganization(organizer, { organizationId: organization.id, decision: "approve", reason: "" });
    expect((await actorFor(user.id)).organization).toMatchObject({ status: "APPROVED", statusReason: null });
  });

  it("refuses a reason longer than 1000 characters", async () => {
    const { organization } = await createPendingOrganization("SUPPLIER");
    const fields = await expectValidationError(
      reviewOrganization(organizer, { organizationId: organization.id, decision: "reject", reason: "x".repeat(1001) }),
    );
    expect(fields).toEqual({ reason: "tooLong" });
    expect(await db.organization.findUniqueOrThrow({ where: { id: organization.id } })).toMatchObject({
      status: "PENDING",
    });
  });
});

describe("what can be reviewed", () => {
  it("does not review unknown organizations or the host organization itself", async () => {
    await expectAppError(
      reviewOrganization(organizer, { organizationId: "no-such-organization", decision: "approve", reason: "" }),
      "NOT_FOUND",
      "organizationNotFound",
    );
    await expectAppError(
      reviewOrganization(organizer, { organizationId: organizer.organizationId!, decision: "suspend", reason: "test" }),
      "NOT_FOUND",
      "organizationNotFound",
    );
    expect(await db.organization.findUniqueOrThrow({ where: { id: organizer.organizationId! } })).toMatchObject({
      status: "APPROVED",
    });
  });
});

describe("two organizers deciding at the same time", () => {
  const races: [ReviewDecision, ReviewDecision][] = [
    ["approve", "reject"],
    ["reject", "approve"],
    ["approve", "approve"],
    ["reject", "reject"],
  ];

  // Several rounds, because which transaction reaches the row first is up to the scheduler.
  // Both decide on the PENDING status they saw, so even a decision that arrives after the
  // other one committed is refused rather than silently overriding it.
  it.each(races)("%s vs %s on a PENDING organization: exactly one wins", async (first, second) => {
    for (let round = 0; round < 5; round++) {
      const { organization } = await createPendingOrganization("SUPPLIER");
      const decide = (actor: Actor, decision: ReviewDecision) =>
        reviewOrganization(actor, {
          organizationId: organization.id,
          decision,
          reason: reasonFor(decision),
          expectedStatus: "PENDING", // what both organizers saw on their pages
        });

      const results = await Promise.allSettled([decide(organizer, first), decide(otherOrganizer, second)]);

      const won = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
      const lost = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
      expect(won, `round ${round}`).toHaveLength(1);
      expect(lost[0]).toMatchObject({ code: "INVALID_STATE" });
      expect(await db.organization.findUniqueOrThrow({ where: { id: organization.id } })).toMatchObject({
        status: won[0].status,
      });
      const audit = await decisionAudit(organization.id);
      expect(audit).toHaveLength(1);
      expect(audit[0].data).toEqual({ from: "PENDING", to: won[0].status });
    }
  });
});
