import "server-only";
import { db } from "@/lib/db";
import { ROOM_CLOSES_AFTER_MS, ROOM_OPENS_BEFORE_MS } from "@/lib/rooms/room-window";
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
  const opensBefore = ROOM_OPENS_BEFORE_MS / 60_000;
  const closesAfter = ROOM_CLOSES_AFTER_MS / 60_000;
  const [meetings, shifts] = await Promise.all([
    db.$queryRaw<MeetingRecord[]>`
      SELECT m.id, m."roomToken", m."startsAt", m."endsAt", m."supplierOrgId", m."buyerOrgId",
             m."interpreterId", i.name AS "interpreterName",
             json_build_object('nameEn', so."nameEn", 'nameZh', so."nameZh", 'nameRu', so."nameRu") AS supplier,
             json_build_object('nameEn', bo."nameEn", 'nameZh', bo."nameZh", 'nameRu', bo."nameRu") AS buyer,
             coalesce(v.visits, '[]'::json) AS visits
      FROM "Meeting" m
      JOIN "Organization" so ON so.id = m."supplierOrgId"
      JOIN "Organization" bo ON bo.id = m."buyerOrgId"
      LEFT JOIN "User" i ON i.id = m."interpreterId"
      LEFT JOIN LATERAL (
        SELECT json_agg(json_build_object(
                 'userId', a."userId", 'name', u.name, 'role', a.role,
                 'organizationId', coalesce(a."organizationId", u."organizationId"),
                 'joinedAt', a."joinedAt", 'leftAt', a."leftAt") ORDER BY a."joinedAt", a.id) AS visits
        FROM "RoomAttendance" a JOIN "User" u ON u.id = a."userId"
        WHERE a."meetingId" = m.id
      ) v ON true
      WHERE m."sessionId" = ${sessionId} AND m.status <> 'CANCELLED'
        AND m."startsAt" < ${dayEnd}::timestamptz + make_interval(mins => ${opensBefore}::int)
        AND (m."startsAt" >= ${dayStart}::timestamptz
             OR m."endsAt" > ${now}::timestamptz - make_interval(mins => ${closesAfter}::int))
      ORDER BY m."startsAt", m.id`,
    db.$queryRaw<BoardShiftRow[]>`
      SELECT s."interpreterId", u.name, s."startsAt", s."endsAt"
      FROM "InterpreterShift" s JOIN "User" u ON u.id = s."interpreterId"
      WHERE s."sessionId" = ${sessionId} AND s."startsAt" < ${dayEnd}::timestamptz AND s."endsAt" > ${dayStart}::timestamptz
      ORDER BY s."startsAt", s.id`,
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
  const rows = await db.$queryRaw<(BoardVisitRow & { meetingId: string })[]>`
    SELECT a."meetingId", a."userId", u.name, a.role,
           coalesce(a."organizationId", u."organizationId") AS "organizationId", a."joinedAt", a."leftAt"
    FROM "RoomAttendance" a JOIN "User" u ON u.id = a."userId"
    WHERE a."meetingId" = ANY(${meetingIds}::text[])
    ORDER BY a."meetingId", a."joinedAt", a.id`;
  const visits = new Map<string, BoardVisitRow[]>(meetingIds.map((id) => [id, []]));
  for (const { meetingId, ...visit } of rows) visits.get(meetingId)?.push(visit);
  return visits;
}
