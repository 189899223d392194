import "server-only";
import { db } from "@/lib/db";
import { dbClient } from "@/lib/scheduling/db-client";
import { AppError, isConflictViolation, isSessionEndedViolation } from "@/lib/errors";
import { assertSessionAllows } from "@/lib/fairs/require-session-allows";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import type { DbClient } from "@/lib/scheduling/db-client";
import { requireSessionParticipant } from "@/lib/scheduling/require-session-participant";
import { findSlot } from "@/lib/scheduling/slot-grid";
import { recipientsOf, type MeetingEvent } from "./events";
import { mailAfterCommit, type NotifyOption } from "./mail-after-commit";
import { requestMeetingSchema, type RequestMeetingInput } from "./schemas";
import { showcaseOfRequest } from "@/lib/showcases/request-from-showcase";

/**
 * A supplier asks a buyer for a meeting, or a buyer a supplier, in a session both
 * are registered for: a message, up to three preferred grid slots and whether an
 * interpreter is needed. Only one request between two organizations may be open
 * per session; it expires after the session's `requestExpiryHours`.
 */
export async function requestMeeting(
  actor: Actor,
  raw: RequestMeetingInput,
  { now = new Date(), notify }: { now?: Date } & NotifyOption = {},
) {
  const input = requestMeetingSchema.parse(raw);
  const { organization, grid } = await requireSessionParticipant(dbClient, actor, input.sessionId);
  assertSessionAllows(grid.lifecycle, "meet", now);
  const counterpart = await db.organization.findFirst({
    where: {
      id: input.organizationId,
      status: "APPROVED",
      kind: organization.kind === "SUPPLIER" ? "BUYER" : "SUPPLIER",
      registrations: { some: { sessionId: input.sessionId, status: "APPROVED" } },
    },
    select: { id: true },
  });
  if (!counterpart) {
    throw new AppError("NOT_FOUND", "organizationNotFound", { organizationId: "organizationNotFound" });
  }
  const preferredStarts = [...new Set(input.preferredSlots.map((d) => d.getTime()))].map((t) => new Date(t));
  preferredStarts.forEach((start, i) => {
    if (!findSlot(grid.slots, start))
      throw new AppError("VALIDATION", "slotNotInGrid", { [`preferredSlots.${i}`]: "slotNotInGrid" });
    if (start <= now) throw new AppError("VALIDATION", "slotPast", { [`preferredSlots.${i}`]: "slotPast" });
  });
  const buyerOrgId = organization.kind === "BUYER" ? organization.id : counterpart.id;
  if (input.requirementId) await requireOpenRequirement(dbClient, input.requirementId, buyerOrgId, input.sessionId);
  const showcaseId = input.showcaseId
    ? await showcaseOfRequest(input.showcaseId, input.sessionId, counterpart.id)
    : null;

  try {
    return await mailAfterCommit(
      db.$transaction(async (tx) => {
        const pair = [organization.id, counterpart.id];
        const pairWhere = {
          sessionId: input.sessionId,
          status: "PENDING" as const,
          fromOrganizationId: { in: pair },
          toOrganizationId: { in: pair },
        };
        // A lapsed request no job has marked yet must not block a new one.
        const lapsed = await tx.meetingRequest.updateManyAndReturn({
          where: { ...pairWhere, expiresAt: { lte: now } },
          data: { status: "EXPIRED" },
          select: { id: true },
        });
        if (await tx.meetingRequest.findFirst({ where: pairWhere, select: { id: true } })) {
          throw new AppError("CONFLICT", "requestDuplicate");
        }
        const request = await tx.meetingRequest.create({
          data: {
            sessionId: input.sessionId,
            fromOrganizationId: organization.id,
            toOrganizationId: counterpart.id,
            requestedById: actor.id,
            requirementId: input.requirementId ?? null,
            showcaseId,
            message: input.message,
            preferredStarts,
            needsInterpreter: input.needsInterpreter,
            expiresAt: new Date(now.getTime() + grid.requestExpiryHours * 3_600_000),
            createdAt: now,
          },
        });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "meetingRequest.created",
          entityType: "MeetingRequest",
          entityId: request.id,
          organizationId: organization.id,
          data: { to: counterpart.id, sessionId: input.sessionId, needsInterpreter: input.needsInterpreter },
        });
        const bothSides = await recipientsOf(tx, pair);
        const events: MeetingEvent[] = [
          ...lapsed.map((r) => ({ kind: "expired" as const, requestId: r.id, recipients: bothSides })),
          { kind: "requested", requestId: request.id, recipients: await recipientsOf(tx, [counterpart.id]) },
        ];
        return { request, events };
      }),
      { notify },
    );
  } catch (error) {
    if (isConflictViolation(error)) throw new AppError("CONFLICT", "requestDuplicate");
    if (isSessionEndedViolation(error)) throw new AppError("SESSION_ENDED", "sessionEnded");
    throw error;
  }
}

async function requireOpenRequirement(client: DbClient, requirementId: string, buyerOrgId: string, sessionId: string) {
  const requirement = await client.purchasingRequirement.findFirst({
    where: {
      id: requirementId,
      organizationId: buyerOrgId,
      status: "OPEN",
      OR: [{ sessionId: null }, { sessionId }],
    },
    select: { id: true },
  });
  if (!requirement) throw new AppError("NOT_FOUND", "requirementNotFound", { requirementId: "requirementNotFound" });
}
