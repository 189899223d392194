import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { cancelScheduledMeeting } from "./cancel-scheduled-meeting";
import { recipientsOf, type MeetingEvent } from "./events";
import { mailAfterCommit } from "./mail-after-commit";
import { meetingNotFound, meetingRoleOf, visibleMeetingsWhere } from "./meeting-access";
import { cancelMeetingSchema, entityIdSchema, type CancelMeetingInput } from "./schemas";

/**
 * Either party, or an organizer of the hosting fair, cancels a scheduled meeting
 * that has not ended. Cancelled meetings no longer count for the EXCLUDE
 * constraints, so the slot is free again for everyone at once.
 */
export async function cancelMeeting(
  actor: Actor,
  rawMeetingId: string,
  raw: CancelMeetingInput = {},
  { now = new Date() }: { now?: Date } = {},
) {
  if (!can(actor, "request:meeting:own") && !can(actor, "oversee:meeting:any")) {
    throw new AppError("FORBIDDEN", "forbidden");
  }
  const meetingId = entityIdSchema.parse(rawMeetingId);
  const { reason } = cancelMeetingSchema.parse(raw);
  const meeting = await db.meeting.findFirst({ where: { id: meetingId, ...visibleMeetingsWhere(actor) } });
  if (!meeting) throw meetingNotFound();
  if (meeting.status !== "SCHEDULED")
    throw new AppError("INVALID_STATE", "meetingNotScheduled", undefined, { status: meeting.status });
  if (meeting.endsAt <= now) throw new AppError("INVALID_STATE", "meetingOver");
  const role = meetingRoleOf(actor, meeting);

  return mailAfterCommit(
    db.$transaction(async (tx) => {
      const cancelled = await cancelScheduledMeeting(tx, actor, meeting.id, reason || null, now);
      if (!cancelled) throw new AppError("INVALID_STATE", "meetingNotScheduled");
      const others = {
        supplier: [meeting.buyerOrgId],
        buyer: [meeting.supplierOrgId],
        organizer: [meeting.supplierOrgId, meeting.buyerOrgId],
        interpreter: [],
      }[role];
      const event: MeetingEvent = {
        kind: "cancelled",
        requestId: meeting.requestId,
        meetingId: meeting.id,
        recipients: await recipientsOf(tx, others, [meeting.interpreterId]),
      };
      return { meeting: cancelled, events: [event] };
    }),
  );
}
