import "server-only";
import { dbClient } from "@/lib/scheduling/db-client";
import { AppError, isConflictViolation } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireApprovedOrganization, requirePermission, type Actor } from "@/lib/auth/actor";
import { freeSlotsAmong, pickInterpreter } from "@/lib/scheduling/find-free-slots";
import { loadSessionGrid } from "@/lib/scheduling/load-session-grid";
import { findSlot } from "@/lib/scheduling/slot-grid";
import { assertSessionAllows } from "@/lib/fairs/require-session-allows";
import { runBookingTransaction } from "./booking-transaction";
import { lockTakingPartSql } from "./booking-sql";
import { recipientsOf, type MeetingEvent } from "./events";
import { loadOwnRequest, requirePending } from "./load-request";
import { mailAfterCommit, type NotifyOption } from "./mail-after-commit";
import { refuseTakenSlot, slotTakenError } from "./next-free-slots";
import { newRoomToken } from "./room-token";
import { acceptRequestSchema, entityIdSchema, type AcceptRequestInput } from "./schemas";
import { SlotBusy } from "./slot-taken-error";

/**
 * The receiving organization accepts a request by picking a slot free for both
 * (and for an interpreter when one is needed): the meeting is booked, the
 * interpreter assigned and the request marked ACCEPTED in one transaction. When
 * the slot was taken meanwhile (the check under the parties' locks, or the
 * EXCLUDE constraints) the answer is CONFLICT "slotTaken" with the next free slots.
 */
export async function acceptRequest(
  actor: Actor,
  rawRequestId: string,
  raw: AcceptRequestInput,
  { now = new Date(), notify }: { now?: Date } & NotifyOption = {},
) {
  requirePermission(actor, "request:meeting:own");
  const organization = requireApprovedOrganization(actor);
  const requestId = entityIdSchema.parse(rawRequestId);
  const { start } = acceptRequestSchema.parse(raw);
  const request = await loadOwnRequest(dbClient, requestId, organization.id, "to");
  requirePending(request, now);
  const grid = await loadSessionGrid(dbClient, request.sessionId);
  assertSessionAllows(grid.lifecycle, "meet", now);
  const slot = findSlot(grid.slots, start);
  if (!slot) throw new AppError("VALIDATION", "slotNotInGrid", { start: "slotNotInGrid" });
  if (slot.start <= now) throw new AppError("VALIDATION", "slotPast", { start: "slotPast" });

  const [supplier, buyer] =
    request.fromOrganization.kind === "SUPPLIER"
      ? [request.fromOrganizationId, request.toOrganizationId]
      : [request.toOrganizationId, request.fromOrganizationId];
  const pair: [string, string] = [supplier, buyer];
  const needsInterpreter = request.needsInterpreter;
  await refuseTakenSlot(grid, pair, slot, { needsInterpreter, now });

  try {
    return await mailAfterCommit(
      runBookingTransaction(pair, { interpreter: needsInterpreter }, async (tx) => {
        const claimed = await tx.meetingRequest.updateMany({
          where: { id: request.id, status: "PENDING", expiresAt: { gt: now } },
          data: { status: "ACCEPTED", respondedAt: now },
        });
        if (claimed.count === 0) throw new AppError("INVALID_STATE", "requestNotPending");
        // A party excluded from the session or suspended since the request books nothing.
        const takingPart = await tx.$queryRaw<{ organizationId: string }[]>(lockTakingPartSql(grid.id, pair));
        if (takingPart.length < pair.length) throw new AppError("INVALID_STATE", "partyNotTakingPart");
        const free = await freeSlotsAmong(tx, grid, pair, [slot], { needsInterpreter, now });
        if (free.length === 0) throw new SlotBusy();
        const interpreterId = needsInterpreter ? await pickInterpreter(tx, grid.id, slot) : null;
        if (needsInterpreter && !interpreterId) throw new SlotBusy();

        const meeting = await tx.meeting.create({
          data: {
            sessionId: grid.id,
            requestId: request.id,
            supplierOrgId: supplier,
            buyerOrgId: buyer,
            interpreterId,
            startsAt: slot.start,
            endsAt: slot.end,
            status: "SCHEDULED",
            roomToken: newRoomToken(),
            agenda: request.message || null,
          },
        });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "meetingRequest.accepted",
          entityType: "MeetingRequest",
          entityId: request.id,
          organizationId: organization.id,
          data: { meetingId: meeting.id, startsAt: slot.start.toISOString(), interpreterId },
        });
        const event: MeetingEvent = {
          kind: "accepted",
          requestId: request.id,
          meetingId: meeting.id,
          recipients: await recipientsOf(tx, [request.fromOrganizationId], [interpreterId]),
        };
        return { meeting, events: [event] };
      }),
      { notify },
    );
  } catch (error) {
    if (error instanceof SlotBusy || isConflictViolation(error)) {
      throw await slotTakenError(grid, pair, slot.start, { needsInterpreter, now });
    }
    throw error;
  }
}
