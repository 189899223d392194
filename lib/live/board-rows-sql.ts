import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { ROOM_CLOSES_AFTER_MS, ROOM_OPENS_BEFORE_MS } from "@/lib/rooms/room-window";

type BoardDay = { dayStart: Date; dayEnd: Date; now: Date };

/**
 * The session's meetings on the board's day, cancelled ones left out: those
 * starting in the day (up to the room opening before its end) and any whose room
 * is still open at `now`, across midnight; ordered by start then id. Each row:
 * the meeting's id, "roomToken", times, both organization ids, "interpreterId"
 * and "interpreterName", `supplier` and `buyer` as JSON names (nameEn/Zh/Ru) and
 * `visits`, a JSON array of its room visits (userId, name, role, organizationId,
 * joinedAt, leftAt) in the order they began.
 */
export function boardMeetingsSql(sessionId: string, { dayStart, dayEnd, now }: BoardDay): Prisma.Sql {
  const opensBefore = ROOM_OPENS_BEFORE_MS / 60_000;
  const closesAfter = ROOM_CLOSES_AFTER_MS / 60_000;
  return Prisma.sql`
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
    ORDER BY m."startsAt", m.id`;
}

/**
 * The session's interpreter shifts that overlap the day, ordered by start then
 * id: "interpreterId", the interpreter's name, "startsAt", "endsAt".
 */
export function boardShiftsSql(sessionId: string, { dayStart, dayEnd }: Omit<BoardDay, "now">): Prisma.Sql {
  return Prisma.sql`
    SELECT s."interpreterId", u.name, s."startsAt", s."endsAt"
    FROM "InterpreterShift" s JOIN "User" u ON u.id = s."interpreterId"
    WHERE s."sessionId" = ${sessionId} AND s."startsAt" < ${dayEnd}::timestamptz AND s."endsAt" > ${dayStart}::timestamptz
    ORDER BY s."startsAt", s.id`;
}

/**
 * The room visits of these meetings, ordered by meeting then start: "meetingId",
 * "userId", the visitor's name, role, "organizationId" (the visit's, else the
 * user's), "joinedAt", "leftAt".
 */
export function meetingVisitsSql(meetingIds: string[]): Prisma.Sql {
  return Prisma.sql`
    SELECT a."meetingId", a."userId", u.name, a.role,
           coalesce(a."organizationId", u."organizationId") AS "organizationId", a."joinedAt", a."leftAt"
    FROM "RoomAttendance" a JOIN "User" u ON u.id = a."userId"
    WHERE a."meetingId" = ANY(${meetingIds}::text[])
    ORDER BY a."meetingId", a."joinedAt", a.id`;
}
