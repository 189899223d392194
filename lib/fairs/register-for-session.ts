import "server-only";
import { db } from "@/lib/db";
import { AppError, isSessionEndedViolation } from "@/lib/errors";
import { sessionLifecycleSelect, toLifecycleInput } from "./lifecycle";
import { assertSessionAllows } from "./require-session-allows";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireApprovedOrganization, requirePermission, type Actor } from "@/lib/auth/actor";
import { requestMatchTableRefresh } from "@/lib/jobs/match-table-queue";
import { inHostedSessions } from "@/lib/tenancy/tenant-scope";

/**
 * An approved supplier or buyer joins a session while its registration is open;
 * some sessions need an organizer's approval.
 */
export async function registerForSession(actor: Actor, sessionId: string, { now = new Date() } = {}) {
  requirePermission(actor, "register:session:own");
  const organization = requireApprovedOrganization(actor);
  const session = await db.fairSession.findFirst({
    where: { id: sessionId, fair: { status: "PUBLISHED" } },
    select: { id: true, registrationNeedsApproval: true, ...sessionLifecycleSelect },
  });
  if (!session) throw new AppError("NOT_FOUND", "sessionNotFound");

  const existing = await db.sessionRegistration.findUnique({
    where: { sessionId_organizationId: { sessionId, organizationId: organization.id } },
  });
  if (existing && existing.status !== "WITHDRAWN") return existing;
  assertSessionAllows(toLifecycleInput(session), "register", now);

  const registration = await db
    .$transaction(async (tx) => {
      const status = session.registrationNeedsApproval ? "PENDING" : "APPROVED";
      const registration = await tx.sessionRegistration.upsert({
        where: { sessionId_organizationId: { sessionId, organizationId: organization.id } },
        create: { sessionId, organizationId: organization.id, status, createdAt: now },
        update: { status, decidedAt: null, decidedById: null },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "registration.requested",
        entityType: "SessionRegistration",
        entityId: registration.id,
        organizationId: organization.id,
        data: { sessionId, status },
      });
      return registration;
    })
    .catch((error: unknown) => {
      // The database's last word when the session ended between the check and the insert.
      throw isSessionEndedViolation(error) ? new AppError("SESSION_ENDED", "sessionEnded") : error;
    });
  if (registration.status === "APPROVED") await requestMatchTableRefresh(sessionId);
  return registration;
}

export async function decideRegistration(
  actor: Actor,
  registrationId: string,
  decision: "approve" | "reject",
  reason?: string,
) {
  requirePermission(actor, "review:organization:any");
  const decided = await db.$transaction(async (tx) => {
    const registration = await tx.sessionRegistration.findFirst({
      where: { id: registrationId, ...inHostedSessions(actor) },
    });
    if (!registration) throw new AppError("NOT_FOUND", "registrationNotFound");
    const status = decision === "approve" ? "APPROVED" : "REJECTED";
    const updated = await tx.sessionRegistration.update({
      where: { id: registration.id },
      data: { status, decidedAt: new Date(), decidedById: actor.id },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: `registration.${decision}`,
      entityType: "SessionRegistration",
      entityId: registration.id,
      organizationId: registration.organizationId,
      reason: reason ?? null,
    });
    return updated;
  });
  await requestMatchTableRefresh(decided.sessionId);
  return decided;
}
