import "server-only";
import { db } from "@/lib/db";
import { dbClient } from "@/lib/scheduling/db-client";
import { AppError, isConflictViolation } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireApprovedOrganization, requirePermission, type Actor } from "@/lib/auth/actor";
import { freeSlotsAmong, pickInterpreter } from "@/lib/scheduling/find-free-slots";
import { loadSessionGrid } from "@/lib/scheduling/load-session-grid";
import { findSlot } from "@/lib/scheduling/slot-grid";
import { assertSessionAllows } from "@/lib/fairs/require-session-allows";
import { runBookingTransaction } from "./booking-transaction";
import { recipientsOf, type MeetingEvent } from "./events";
import { mailAfterCommit } from "./mail-after-commit";
import { meetingNotFound } from "./meeting-access";
import { refuseTakenSlot, slotTakenError } from "./next-free-slots";
import { entityIdSchema, rescheduleMeetingSchema, type RescheduleMeetingInput } from "./schemas";
import { SlotBusy } from "./slot-taken-error";

/**
 * Either party moves a scheduled meeting that has not started to another slot
 * free for both (and for an interpreter when the meeting has or needs one),
 * atomically: there is no proposal to accept; the other side is told afterwards.
 * The same interpreter stays when free at the new time, else the least-loaded one.
 */
export async function rescheduleMeeting(
  actor: Actor,
  rawMeetingId: string,
  raw: RescheduleMeetingInput,
  { now = new Date() }: { now?: Date } = {},
) {
  requirePermission(actor, "request:meeting:own");
  const organization = requireApprovedOrganization(actor);
  const meetingId = entityIdSchema.parse(rawMeetingId);
  const { start } = rescheduleMeetingSchema.parse(raw);
  const meeting = await db.meeting.findFirst({
    where: { id: meetingId, OR: [{ supplierOrgId: organization.id }, { buyerOrgId: organization.id }] },
    include: { request: { select: { needsInterpreter: true } } },
  });
  if (!meeting) throw meetingNotFound();
  if (meeting.status !== "SCHEDULED")
    throw new AppError("INVALID_STATE", "meetingNotScheduled", undefined, { status: meeting.status });
  if (meeting.startsAt <= now) throw new AppError("INVALID_STATE", "meetingStarted");
  const grid = await loadSessionGrid(dbClient, meeting.sessionId);
  assertSessionAllows(grid.lifecycle, "meet", now);
  const slot = findSlot(grid.slots, start);
  if (!slot) throw new AppError("VALIDATION", "slotNotInGrid", { start: "slotNotInGrid" });
  if (slot.start <= now) throw new AppError("VALIDATION", "slotPast", { start: "slotPast" });
  if (slot.start.getTime() === meeting.startsAt.getTime())
    throw new AppError("VALIDATION", "slotUnchanged", { start: "slotUnchanged" });

  const pair: [string, string] = [meeting.supplierOrgId, meeting.buyerOrgId];
  const needsInterpreter = meeting.interpreterId !== null || Boolean(meeting.request?.needsInterpreter);
  const options = { needsInterpreter, now, excludeMeetingId: meeting.id };
  await refuseTakenSlot(grid, pair, slot, options);

  try {
    return await mailAfterCommit(
      runBookingTransaction(pair, { interpreter: needsInterpreter }, async (tx) => {
        const free = await freeSlotsAmong(tx, grid, pair, [slot], options);
        if (free.length === 0) throw new SlotBusy();
        const interpreterId = needsInterpreter
          ? await pickInterpreter(tx, grid.id, slot, meeting.id, meeting.interpreterId)
          : null;
        if (needsInterpreter && !interpreterId) throw new SlotBusy();
        const [moved] = await tx.meeting.updateManyAndReturn({
          where: { id: meeting.id, status: "SCHEDULED", startsAt: meeting.startsAt },
          data: { startsAt: slot.start, endsAt: slot.end, interpreterId, sequence: { increment: 1 } },
        });
        if (!moved) throw new AppError("INVALID_STATE", "meetingChanged");
        await recordAudit(tx, {
          actorId: actor.id,
          action: "meeting.rescheduled",
          entityType: "Meeting",
          entityId: meeting.id,
          organizationId: organization.id,
          data: { from: meeting.startsAt.toISOString(), to: slot.start.toISOString(), interpreterId },
        });
        const other = meeting.supplierOrgId === organization.id ? meeting.buyerOrgId : meeting.supplierOrgId;
        const event: MeetingEvent = {
          kind: "rescheduled",
          requestId: meeting.requestId,
          meetingId: meeting.id,
          recipients: await recipientsOf(tx, [other], [meeting.interpreterId, interpreterId]),
        };
        return { meeting: moved, events: [event] };
      }),
    );
  } catch (error) {
    if (error instanceof SlotBusy || isConflictViolation(error)) {
      throw await slotTakenError(grid, pair, slot.start, options);
    }
    throw error;
  }
}
