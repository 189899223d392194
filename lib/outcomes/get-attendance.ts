import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { meetingNotFound, visibleMeetingsWhere } from "@/lib/meetings/meeting-access";
import { entityIdSchema } from "@/lib/meetings/schemas";
import { partyAttendance, type AttendanceVisit } from "./attendance-summary";

/**
 * Who joined the meeting's room and left when, and how each side stands against
 * the no-show deadline. Everyone who can see the meeting sees its attendance: both
 * parties, the interpreter and the hosting fair's organizers.
 */
export async function getMeetingAttendance(actor: Actor, rawMeetingId: string, { now = new Date() } = {}) {
  const meetingId = entityIdSchema.parse(rawMeetingId);
  const meeting = await db.meeting.findFirst({
    where: { id: meetingId, ...visibleMeetingsWhere(actor) },
    select: {
      id: true,
      startsAt: true,
      supplierOrgId: true,
      buyerOrgId: true,
      supplierNoShow: true,
      buyerNoShow: true,
      noShowCheckedAt: true,
    },
  });
  if (!meeting) throw meetingNotFound();
  const rows = await db.roomAttendance.findMany({
    where: { meetingId: meeting.id },
    orderBy: [{ joinedAt: "asc" }, { id: "asc" }],
    select: {
      role: true,
      organizationId: true,
      joinedAt: true,
      leftAt: true,
      user: { select: { id: true, name: true, organizationId: true } },
    },
  });
  const visits: AttendanceVisit[] = rows.map((row) => ({
    userId: row.user.id,
    userName: row.user.name,
    role: row.role,
    organizationId: row.organizationId ?? row.user.organizationId,
    joinedAt: row.joinedAt,
    leftAt: row.leftAt,
  }));
  return {
    meeting,
    visits,
    supplier: partyAttendance(meeting, visits, meeting.supplierOrgId, now),
    buyer: partyAttendance(meeting, visits, meeting.buyerOrgId, now),
  };
}
