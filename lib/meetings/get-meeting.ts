import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { meetingNotFound, meetingRoleOf, visibleMeetingsWhere } from "./meeting-access";
import { meetingDetailSelect } from "./meeting-view";
import { entityIdSchema } from "./schemas";

/**
 * The meeting page: both parties, the interpreter, the agenda and the room token.
 * Only its parties, its interpreter and organizers of the hosting fair find it;
 * for anyone else it does not exist.
 */
export async function getMeeting(actor: Actor, rawMeetingId: string) {
  const meetingId = entityIdSchema.parse(rawMeetingId);
  const meeting = await db.meeting.findFirst({
    where: { id: meetingId, ...visibleMeetingsWhere(actor) },
    select: meetingDetailSelect,
  });
  if (!meeting) throw meetingNotFound();
  const viewerRole = meetingRoleOf(actor, { supplierOrgId: meeting.supplierOrg.id, buyerOrgId: meeting.buyerOrg.id });
  const needsInterpreter = meeting.interpreter !== null || Boolean(meeting.request?.needsInterpreter);
  return { ...meeting, viewerRole, needsInterpreter };
}
