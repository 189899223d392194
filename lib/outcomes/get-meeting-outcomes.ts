import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { MatchSide } from "@/lib/generated/prisma/enums";
import { meetingNotFound, meetingRoleOf, visibleMeetingsWhere } from "@/lib/meetings/meeting-access";
import { entityIdSchema } from "@/lib/meetings/schemas";

export const outcomeReportSelect = {
  side: true,
  outcome: true,
  estimatedValueMinor: true,
  currency: true,
  note: true,
  updatedAt: true,
  author: { select: { name: true } },
} as const;

/**
 * The outcome reports of one meeting as the viewer may read them.
 *
 * Privacy (decided for issue 7): each side reads its own report in full; of the
 * other side's it learns only that one exists, never the kind, value or note
 * (a buyer's "no interest" or its order estimate is commercial information the
 * supplier must not see, and we keep the rule symmetric). Organizers of the
 * hosting fair read both reports and the derived Meeting.outcome. The
 * interpreter reads none. The restriction is in the query, not in the UI.
 */
export async function getMeetingOutcomes(actor: Actor, rawMeetingId: string, { now = new Date() } = {}) {
  const meetingId = entityIdSchema.parse(rawMeetingId);
  const meeting = await db.meeting.findFirst({
    where: { id: meetingId, ...visibleMeetingsWhere(actor) },
    select: { id: true, status: true, startsAt: true, outcome: true, supplierOrgId: true, buyerOrgId: true },
  });
  if (!meeting) throw meetingNotFound();
  const role = meetingRoleOf(actor, meeting);
  if (role === "interpreter") {
    return { role, viewerSide: null, canRecord: false, reports: [], otherSideReported: false, meetingOutcome: null };
  }
  if (role === "organizer") {
    const reports = await db.meetingOutcomeReport.findMany({
      where: { meetingId },
      select: outcomeReportSelect,
      orderBy: { side: "asc" },
    });
    return {
      role,
      viewerSide: null,
      canRecord: false,
      reports,
      otherSideReported: false,
      meetingOutcome: meeting.outcome,
    };
  }
  const viewerSide: MatchSide = role === "supplier" ? "SUPPLIER" : "BUYER";
  const otherSide: MatchSide = role === "supplier" ? "BUYER" : "SUPPLIER";
  const [reports, others] = await Promise.all([
    db.meetingOutcomeReport.findMany({ where: { meetingId, side: viewerSide }, select: outcomeReportSelect }),
    db.meetingOutcomeReport.count({ where: { meetingId, side: otherSide } }),
  ]);
  return {
    role,
    viewerSide,
    canRecord: meeting.status !== "CANCELLED" && now >= meeting.startsAt,
    reports,
    otherSideReported: others > 0,
    meetingOutcome: null,
  };
}
export type MeetingOutcomes = Awaited<ReturnType<typeof getMeetingOutcomes>>;
export type OutcomeReportView = MeetingOutcomes["reports"][number];
