import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { noShowGraceMinutes } from "@/lib/outcomes/timing";

/**
 * markNoShows' one statement: over SCHEDULED meetings never checked whose start
 * plus the grace period is at or before `now` (only `meetingIds` when given,
 * skipping rows another check holds), sets each side's no-show flag to "no
 * member of its organization joined the room by the deadline" and stamps
 * "noShowCheckedAt". Returns one row per meeting checked: "meetingId",
 * "supplierOrgId", "buyerOrgId", "supplierNoShow", "buyerNoShow".
 */
export function markNoShowsSql({ now, meetingIds }: { now: Date; meetingIds?: string[] }): Prisma.Sql {
  const only = meetingIds ? Prisma.sql`AND m.id = ANY(${meetingIds}::text[])` : Prisma.empty;
  const grace = Prisma.sql`make_interval(mins => ${noShowGraceMinutes}::int)`;
  const joined = (orgColumn: Prisma.Sql) => Prisma.sql`EXISTS (
      SELECT 1 FROM "RoomAttendance" a JOIN "User" u ON u.id = a."userId"
      WHERE a."meetingId" = m.id
        AND coalesce(a."organizationId", u."organizationId") = ${orgColumn}
        AND a."joinedAt" <= m."startsAt" + ${grace})`;
  return Prisma.sql`
    WITH due AS (
      SELECT m.id FROM "Meeting" m
      WHERE m.status = 'SCHEDULED' AND m."noShowCheckedAt" IS NULL
        AND m."startsAt" + ${grace} <= ${now}::timestamptz ${only}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "Meeting" m SET
      "supplierNoShow" = NOT ${joined(Prisma.sql`m."supplierOrgId"`)},
      "buyerNoShow" = NOT ${joined(Prisma.sql`m."buyerOrgId"`)},
      "noShowCheckedAt" = ${now}::timestamptz,
      "updatedAt" = ${now}::timestamptz
    FROM due WHERE m.id = due.id
    RETURNING m.id AS "meetingId", m."supplierOrgId", m."buyerOrgId", m."supplierNoShow", m."buyerNoShow"`;
}
