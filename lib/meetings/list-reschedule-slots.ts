import "server-only";
import { db } from "@/lib/db";
import { requireApprovedOrganization, requirePermission, type Actor } from "@/lib/auth/actor";
import { dbClient } from "@/lib/scheduling/db-client";
import { freeSlotsAmong } from "@/lib/scheduling/find-free-slots";
import { loadSessionGrid } from "@/lib/scheduling/load-session-grid";
import { meetingNotFound } from "./meeting-access";
import { entityIdSchema } from "./schemas";

/**
 * The slots a party may move its meeting to (what rescheduleMeeting accepts): free
 * for both organizations and, when the meeting has or needs an interpreter, for an
 * interpreter; the meeting's own time does not count as busy and is left out.
 * Empty once the meeting is cancelled or has started.
 */
export async function listRescheduleSlots(
  actor: Actor,
  rawMeetingId: string,
  { now = new Date() }: { now?: Date } = {},
) {
  requirePermission(actor, "request:meeting:own");
  const organization = requireApprovedOrganization(actor);
  const meeting = await db.meeting.findFirst({
    where: {
      id: entityIdSchema.parse(rawMeetingId),
      OR: [{ supplierOrgId: organization.id }, { buyerOrgId: organization.id }],
    },
    include: { request: { select: { needsInterpreter: true } } },
  });
  if (!meeting) throw meetingNotFound();
  if (meeting.status !== "SCHEDULED" || meeting.startsAt <= now) return [];
  const grid = await loadSessionGrid(dbClient, meeting.sessionId);
  const needsInterpreter = meeting.interpreterId !== null || Boolean(meeting.request?.needsInterpreter);
  const free = await freeSlotsAmong(dbClient, grid, [meeting.supplierOrgId, meeting.buyerOrgId], grid.slots, {
    needsInterpreter,
    now,
    excludeMeetingId: meeting.id,
  });
  return free
    .filter((slot) => slot.start.getTime() !== meeting.startsAt.getTime())
    .map(({ start, end }) => ({ start, end }));
}
