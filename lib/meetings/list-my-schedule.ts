import "server-only";
import { db } from "@/lib/db";
import { calendarDay } from "@/lib/time/format-window";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { meetingRoleOf, visibleMeetingsWhere } from "./meeting-access";
import { meetingSummarySelect, type MeetingSummary } from "./meeting-view";
import { listMyScheduleSchema, type ListMyScheduleInput } from "./schemas";

export type ScheduleDay = { day: string; meetings: (MeetingSummary & { viewerRole: string })[] };

/**
 * "My schedule": the meetings of the actor's organization (or, for an
 * interpreter, the ones they interpret) as days on the actor's own calendar
 * (User.timeZone), in time order. Organizers have no schedule of their own: they
 * use listSessionMeetings.
 */
export async function listMySchedule(actor: Actor, raw: ListMyScheduleInput = {}): Promise<ScheduleDay[]> {
  const { sessionId, includeCancelled } = listMyScheduleSchema.parse(raw);
  if (!can(actor, "attend:meeting:own")) return [];
  const meetings = await db.meeting.findMany({
    where: {
      ...visibleMeetingsWhere(actor),
      ...(sessionId ? { sessionId } : {}),
      ...(includeCancelled ? {} : { status: { not: "CANCELLED" as const } }),
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: meetingSummarySelect,
  });
  const days = new Map<string, ScheduleDay>();
  for (const meeting of meetings) {
    const day = calendarDay(meeting.startsAt, actor.timeZone);
    const entry = days.get(day) ?? { day, meetings: [] };
    const viewerRole = meetingRoleOf(actor, { supplierOrgId: meeting.supplierOrg.id, buyerOrgId: meeting.buyerOrg.id });
    entry.meetings.push({ ...meeting, viewerRole });
    days.set(day, entry);
  }
  return [...days.values()];
}
