import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { noShowGraceMinutes } from "@/lib/outcomes/timing";

export type NoShowMark = {
  meetingId: string;
  supplierOrgId: string;
  buyerOrgId: string;
  supplierNoShow: boolean;
  buyerNoShow: boolean;
};

/**
 * Marks the sides that had not joined the room 10 minutes into the slot. One
 * set-based UPDATE over SCHEDULED meetings whose deadline has passed and that were
 * never checked: each meeting is checked once (noShowCheckedAt), so running it
 * again, or from two instances at once (SKIP LOCKED), changes nothing; a party that
 * joins later does not undo the mark. Any member of the side's organization counts;
 * only visits that began by the deadline do, so a late sweep decides the same way.
 * `meetingIds` narrows the check (the meeting page checks its own meeting on view).
 */
export async function markNoShows({ now, meetingIds }: { now: Date; meetingIds?: string[] }): Promise<NoShowMark[]> {
  const only = meetingIds ? Prisma.sql`AND m.id = ANY(${meetingIds}::text[])` : Prisma.empty;
  const grace = Prisma.sql`make_interval(mins => ${noShowGraceMinutes}::int)`;
  const joined = (orgColumn: Prisma.Sql) => Prisma.sql`EXISTS (
      SELECT 1 FROM "RoomAttendance" a JOIN "User" u ON u.id = a."userId"
      WHERE a."meetingId" = m.id
        AND coalesce(a."organizationId", u."organizationId") = ${orgColumn}
        AND a."joinedAt" <= m."startsAt" + ${grace})`;
  return db.$queryRaw<NoShowMark[]>`
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
