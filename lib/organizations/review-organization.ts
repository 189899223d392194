import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { releaseLostPlace } from "@/lib/meetings/release-lost-place";
import { mailAfterCommit } from "@/lib/meetings/mail-after-commit";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import type { OrganizationStatus } from "@/lib/generated/prisma/enums";
import { reviewOrganizationSchema, type ReviewDecision, type ReviewOrganizationInput } from "./schemas";
import { requestMatchTableRefreshForOrganizations } from "@/lib/jobs/match-table-queue";

/** The enterprise access state machine: which decision moves which status where. */
export const reviewTransitions: Record<ReviewDecision, { from: OrganizationStatus[]; to: OrganizationStatus }> = {
  approve: { from: ["PENDING", "REJECTED"], to: "APPROVED" },
  reject: { from: ["PENDING"], to: "REJECTED" },
  suspend: { from: ["APPROVED"], to: "SUSPENDED" },
  reinstate: { from: ["SUSPENDED"], to: "APPROVED" },
};

export function allowedDecisions(status: OrganizationStatus): ReviewDecision[] {
  return (Object.keys(reviewTransitions) as ReviewDecision[]).filter((d) => reviewTransitions[d].from.includes(status));
}

/**
 * An organizer's enterprise access decision, audited. A suspension also cancels the
 * organization's meetings that have not begun and declines its pending requests (the other
 * sides told): a suspended company can no longer sign in to hold them. Returns the new status
 * and how many meetings were cancelled and requests declined.
 */
export async function reviewOrganization(
  actor: Actor,
  raw: ReviewOrganizationInput,
  { now = new Date() }: { now?: Date } = {},
) {
  requirePermission(actor, "review:organization:any");
  const input = reviewOrganizationSchema.parse(raw);
  const transition = reviewTransitions[input.decision];

  const { result } = await mailAfterCommit(
    db.$transaction(async (tx) => {
      const organization = await tx.organization.findUnique({
        where: { id: input.organizationId },
        select: { id: true, kind: true, status: true },
      });
      if (!organization || organization.kind === "ORGANIZER") throw new AppError("NOT_FOUND", "organizationNotFound");
      // The status in the WHERE makes two organizers deciding at once safe: only one update matches.
      const updated = await tx.organization.updateMany({
        where: {
          id: organization.id,
          status: { in: transition.from.filter((from) => from === (input.expectedStatus ?? organization.status)) },
        },
        data: { status: transition.to, statusReason: input.reason || null, statusChangedAt: now },
      });
      if (updated.count === 0) {
        throw new AppError("INVALID_STATE", "decisionNotAllowed", undefined, { status: organization.status });
      }
      await recordAudit(tx, {
        actorId: actor.id,
        action: `organization.${input.decision}`,
        entityType: "Organization",
        entityId: organization.id,
        organizationId: organization.id,
        reason: input.reason || null,
        data: { from: organization.status, to: transition.to },
      });
      const { events, cancelledMeetings, declinedRequests } =
        transition.to === "SUSPENDED"
          ? await releaseLostPlace(
              tx,
              actor,
              { organizationId: organization.id, sessionId: null },
              input.reason || null,
              now,
            )
          : { events: [], cancelledMeetings: 0, declinedRequests: 0 };
      return {
        result: { id: organization.id, status: transition.to, cancelledMeetings, declinedRequests },
        events,
      };
    }),
  );
  // Approval, rejection or suspension changes who may be matched.
  await requestMatchTableRefreshForOrganizations([result.id]);
  return result;
}
