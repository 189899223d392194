import "server-only";
import { db } from "@/lib/db";
import { boardMeetingsSql, boardShiftsSql, meetingVisitsSql } from "./board-rows-sql";
import type { BoardName } from "./board-types";
import type { BoardMeetingRow, BoardShiftRow, BoardVisitRow } from "./build-live-board";

type MeetingRecord = Omit<BoardMeetingRow, "visits"> & {
  visits: {
    userId: string;
    name: string;
    role: string;
    organizationId: string | null;
    joinedAt: string;
    leftAt: string | null;
  }[];
  supplier: BoardName;
  buyer: BoardName;
};

export type BoardRows = {
  meetings: BoardMeetingRow[];
  shifts: BoardShiftRow[];
  organizations: Record<string, BoardName>;
};

/**
 * Everything the board reads, in two statements however many meetings and visits the
 * day holds: the session's meetings of the day (and any whose room is open now, across
 * midnight) with both organizations' names and every room visit, and the interpreters'
 * shifts that touch the day. Cancelled meetings never appear.
 */
export async function loadBoardRows(
  sessionId: string,
  { dayStart, dayEnd, now }: { dayStart: Date; dayEnd: Date; now: Date },
): Promise<BoardRows> {
  const [meetings, shifts] = await Promise.all([
    db.$queryRaw<MeetingRecord[]>(boardMeetingsSql(sessionId, { dayStart, dayEnd, now })),
    db.$queryRaw<BoardShiftRow[]>(boardShiftsSql(sessionId, { dayStart, dayEnd })),
  ]);
  const organizations: Record<string, BoardName> = {};
  const rows = meetings.map(({ supplier, buyer, visits, ...meeting }): BoardMeetingRow => {
    organizations[meeting.supplierOrgId] = supplier;
    organizations[meeting.buyerOrgId] = buyer;
    return {
      ...meeting,
      visits: visits.map((visit) => ({
        ...visit,
        joinedAt: new Date(visit.joinedAt),
        leftAt: visit.leftAt ? new Date(visit.leftAt) : null,
      })),
    };
  });
  return { meetings: rows, shifts, organizations };
}

/**
 * The room visits of some meetings, one statement: what a join or a leave changes, so the
 * hub patches the rows it holds instead of reading the whole day again.
 */
export async function loadMeetingVisits(meetingIds: string[]): Promise<Map<string, BoardVisitRow[]>> {
  const rows = await db.$queryRaw<(BoardVisitRow & { meetingId: string })[]>(meetingVisitsSql(meetingIds));
  const visits = new Map<string, BoardVisitRow[]>(meetingIds.map((id) => [id, []]));
  for (const { meetingId, ...visit } of rows) visits.get(meetingId)?.push(visit);
  return visits;
}
