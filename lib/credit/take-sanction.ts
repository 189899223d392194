import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { releaseLostPlace } from "@/lib/meetings/release-lost-place";
import { mailAfterCommit } from "@/lib/meetings/mail-after-commit";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { requestMatchTableRefreshForOrganizations } from "@/lib/jobs/match-table-queue";
import { reviewOrganization } from "@/lib/organizations/review-organization";
import { requireHostedSession } from "@/lib/tenancy/hosted";
import { ownOrganizationId } from "@/lib/tenancy/tenant-scope";
import { sanctionSchema, type SanctionInput } from "@/lib/complaints/schemas";
import { requireSupervisedOrganization } from "./load-credit";

/**
 * An organizer sanctions an organization it supervises, through the audited organization
 * state machine: a warning is an audited event ("organization.warn"); an exclusion from a
 * session rejects its registration there ("registration.exclude": it cannot register again,
 * since only a withdrawn registration may be renewed); a suspension is the enterprise access
 * decision "suspend" (lib/organizations/review-organization.ts). Each may cite the complaint
 * it answers (one against this organization in the organizer's fairs). An exclusion or a
 * suspension cancels the organization's meetings that have not begun and declines its pending
 * requests (in that session, or everywhere), in the same transaction (lib/meetings/release-lost-place.ts):
 * both sides of each meeting and the other side of each request are told; `cancelledMeetings` and
 * `declinedRequests` count them.
 */
export async function takeSanction(actor: Actor, raw: SanctionInput, { now = new Date() } = {}) {
  requirePermission(actor, "manage:sanction:any");
  const input = sanctionSchema.parse(raw);
  await requireSupervisedOrganization(actor, input.organizationId);
  if (input.complaintId) {
    const complaint = await db.complaint.findFirst({
      where: {
        id: input.complaintId,
        respondentOrgId: input.organizationId,
        meeting: { session: { fair: { hostOrganizationId: ownOrganizationId(actor) } } },
      },
      select: { id: true },
    });
    if (!complaint) throw new AppError("NOT_FOUND", "complaintNotFound");
  }
  const data = input.complaintId ? { complaintId: input.complaintId } : {};

  if (input.kind === "suspension") {
    const result = await reviewOrganization(
      actor,
      { organizationId: input.organizationId, decision: "suspend", reason: input.reason },
      { now },
    );
    const { cancelledMeetings, declinedRequests } = result;
    return { kind: input.kind, organizationId: result.id, cancelledMeetings, declinedRequests };
  }
  if (input.kind === "warning") await warn(actor, input, data);
  const released =
    input.kind === "exclusion" ? await exclude(actor, input, data, now) : { cancelledMeetings: 0, declinedRequests: 0 };
  // Credit is a matching factor.
  await requestMatchTableRefreshForOrganizations([input.organizationId]);
  return { kind: input.kind, organizationId: input.organizationId, ...released };
}

type Sanction = ReturnType<typeof sanctionSchema.parse>;
type AuditData = { complaintId?: string };

/** A warning: an audited event on the organization; nothing else changes. */
async function warn(actor: Actor, input: Sanction, data: AuditData): Promise<void> {
  await db.$transaction(async (tx) => {
    const organization = await tx.organization.findUnique({
      where: { id: input.organizationId },
      select: { id: true, status: true },
    });
    if (!organization) throw new AppError("NOT_FOUND", "organizationNotFound");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "organization.warn",
      entityType: "Organization",
      entityId: organization.id,
      organizationId: organization.id,
      reason: input.reason,
      data: { ...data, status: organization.status },
    });
  });
}

/**
 * An exclusion from one of the organizer's sessions: the registration is rejected, the meetings
 * there that have not begun are cancelled and the pending requests there declined, in one
 * transaction; the other sides are told once it committed. Returns how many of each.
 */
async function exclude(actor: Actor, input: Sanction, data: AuditData, now: Date) {
  const session = await requireHostedSession(actor, input.sessionId!, { query: { select: { id: true } } });
  const { cancelledMeetings, declinedRequests } = await mailAfterCommit(
    db.$transaction(async (tx) => {
      const registration = await tx.sessionRegistration.findUnique({
        where: { sessionId_organizationId: { sessionId: session.id, organizationId: input.organizationId } },
        select: { id: true, status: true },
      });
      // The status in the WHERE: a registration decided meanwhile is not overwritten.
      const updated = registration
        ? await tx.sessionRegistration.updateMany({
            where: { id: registration.id, status: { in: ["PENDING", "APPROVED"] } },
            data: { status: "REJECTED", decidedAt: now, decidedById: actor.id },
          })
        : { count: 0 };
      if (!registration || updated.count === 0) {
        throw new AppError("INVALID_STATE", "sanctionNotRegistered", { sessionId: "sanctionNotRegistered" });
      }
      await recordAudit(tx, {
        actorId: actor.id,
        action: "registration.exclude",
        entityType: "SessionRegistration",
        entityId: registration.id,
        organizationId: input.organizationId,
        reason: input.reason,
        data: { ...data, sessionId: session.id, from: registration.status },
      });
      const place = { organizationId: input.organizationId, sessionId: session.id };
      return releaseLostPlace(tx, actor, place, input.reason, now);
    }),
  );
  return { cancelledMeetings, declinedRequests };
}
