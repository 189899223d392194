import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireApprovedOrganization, requirePermission, type Actor } from "@/lib/auth/actor";
import { meetingNotFound, meetingRoleOf, visibleMeetingsWhere } from "@/lib/meetings/meeting-access";
import { deriveMeetingOutcome } from "./derive-outcome";
import { outcomeSchema, type OutcomeInput } from "./schemas";
import { meetingIsOver } from "./timing";

/**
 * A member of the supplier's or the buyer's organization records (or corrects) its
 * side's outcome, from the slot's start on. Re-derives Meeting.outcome from both
 * reports and marks the meeting COMPLETED once its room has closed.
 */
export async function recordOutcome(actor: Actor, raw: OutcomeInput, { now = new Date() }: { now?: Date } = {}) {
  requirePermission(actor, "request:meeting:own");
  const organization = requireApprovedOrganization(actor);
  const input = outcomeSchema.parse(raw);
  const meeting = await db.meeting.findFirst({ where: { id: input.meetingId, ...visibleMeetingsWhere(actor) } });
  if (!meeting) throw meetingNotFound();
  const role = meetingRoleOf(actor, meeting);
  if (role !== "supplier" && role !== "buyer") throw new AppError("FORBIDDEN", "forbidden");
  if (meeting.status === "CANCELLED") throw new AppError("INVALID_STATE", "outcomeMeetingCancelled");
  if (now < meeting.startsAt) throw new AppError("INVALID_STATE", "outcomeTooEarly");
  const side = role === "supplier" ? "SUPPLIER" : "BUYER";

  return db.$transaction(async (tx) => {
    // Serializes the two sides' reports, so the derived outcome sees both.
    await tx.$queryRaw`SELECT id FROM "Meeting" WHERE id = ${meeting.id} FOR UPDATE`;
    const data = {
      organizationId: organization.id,
      authorId: actor.id,
      outcome: input.outcome,
      estimatedValueMinor: input.estimatedValue,
      currency: input.currency,
      note: input.note,
    };
    const report = await tx.meetingOutcomeReport.upsert({
      where: { meetingId_side: { meetingId: meeting.id, side } },
      create: { meetingId: meeting.id, side, ...data },
      update: data,
    });
    const reports = await tx.meetingOutcomeReport.findMany({
      where: { meetingId: meeting.id },
      select: { outcome: true },
    });
    const updated = await tx.meeting.update({
      where: { id: meeting.id },
      data: {
        outcome: deriveMeetingOutcome(reports.map((r) => r.outcome)),
        ...(meeting.status === "SCHEDULED" && meetingIsOver(meeting.endsAt, now) ? { status: "COMPLETED" } : {}),
      },
      select: { id: true, status: true, outcome: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "meeting.outcome-recorded",
      entityType: "Meeting",
      entityId: meeting.id,
      organizationId: organization.id,
      // The kind only: the value and the note stay in the report, readable by those allowed to.
      data: { side, outcome: input.outcome },
    });
    return { report, meeting: updated };
  });
}
