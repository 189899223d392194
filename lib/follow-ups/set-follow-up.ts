import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireApprovedOrganization, requirePermission, type Actor } from "@/lib/auth/actor";
import { meetingNotFound } from "@/lib/meetings/meeting-access";
import {
  completeFollowUpSchema,
  setFollowUpSchema,
  type CompleteFollowUpInput,
  type SetFollowUpInput,
} from "./schemas";
import { dueOnAllowed } from "./meeting-day";

/**
 * A member of one of the meeting's two organizations sets a follow-up on it: a due day
 * (never before the meeting's day, on the member's clock) and a note. It belongs to that
 * organization and is listed until marked done. A cancelled meeting takes none.
 */
export async function setFollowUp(actor: Actor, raw: SetFollowUpInput) {
  requirePermission(actor, "manage:followUp:own");
  const organization = requireApprovedOrganization(actor);
  const input = setFollowUpSchema.parse(raw);
  const meeting = await db.meeting.findFirst({
    where: { id: input.meetingId, OR: [{ supplierOrgId: organization.id }, { buyerOrgId: organization.id }] },
    select: { id: true, status: true, startsAt: true },
  });
  if (!meeting) throw meetingNotFound();
  if (meeting.status === "CANCELLED") throw new AppError("INVALID_STATE", "followUpMeetingCancelled");
  if (!dueOnAllowed(input.dueOn, meeting.startsAt, actor.timeZone)) {
    throw new AppError("VALIDATION", "followUpDueBeforeMeeting", { dueOn: "followUpDueBeforeMeeting" });
  }
  return db.meetingFollowUp.create({
    data: {
      meetingId: meeting.id,
      organizationId: organization.id,
      createdById: actor.id,
      dueOn: new Date(`${input.dueOn}T00:00:00Z`),
      note: input.note,
    },
    select: { id: true, meetingId: true, dueOn: true, note: true },
  });
}

/** Marks one of the actor's organization's open follow-ups done; another's, or a done one, is not found. */
export async function completeFollowUp(actor: Actor, raw: CompleteFollowUpInput, { now = new Date() } = {}) {
  requirePermission(actor, "manage:followUp:own");
  const organization = requireApprovedOrganization(actor);
  const input = completeFollowUpSchema.parse(raw);
  const updated = await db.meetingFollowUp.updateMany({
    where: { id: input.followUpId, organizationId: organization.id, doneAt: null },
    data: { doneAt: now, doneById: actor.id },
  });
  if (updated.count === 0) throw new AppError("NOT_FOUND", "followUpNotFound");
  const followUp = await db.meetingFollowUp.findUniqueOrThrow({
    where: { id: input.followUpId },
    select: { id: true, meetingId: true },
  });
  return followUp;
}
