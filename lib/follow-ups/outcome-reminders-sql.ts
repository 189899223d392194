import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/** How long after its end a meeting is still worth a reminder (the periodic sweep's window). */
export const outcomeReminderWindowHours = 48;

/**
 * Claims the "record the outcome" reminders due for meetings that have ended by `now`:
 * one OutcomeReminder row per active member of a side that has not reported its outcome,
 * for meetings not cancelled and not missed by both sides. With `meetingIds` only those
 * meetings (the job queued at a meeting's end); without, every meeting that ended within
 * the window (the periodic sweep, for meetings whose job was lost). The primary key makes
 * the insert the "sent once": a row that exists already is skipped (ON CONFLICT DO
 * NOTHING), so concurrent runs claim each person and meeting exactly once. Rows back:
 * the claimed (meetingId, userId) pairs.
 */
export function claimOutcomeRemindersSql({ now, meetingIds }: { now: Date; meetingIds?: string[] }): Prisma.Sql {
  const scope = meetingIds
    ? Prisma.sql`m.id = ANY(${meetingIds}::text[])`
    : Prisma.sql`m."endsAt" > ${now}::timestamptz - make_interval(hours => ${outcomeReminderWindowHours}::int)`;
  return Prisma.sql`
    INSERT INTO "OutcomeReminder" ("meetingId", "userId", "sentAt")
    SELECT m.id, u.id, ${now}::timestamptz
    FROM "Meeting" m
    CROSS JOIN LATERAL (VALUES ('SUPPLIER'::"MatchSide", m."supplierOrgId"), ('BUYER'::"MatchSide", m."buyerOrgId"))
      AS side(side, "organizationId")
    JOIN "User" u ON u."organizationId" = side."organizationId" AND u."disabledAt" IS NULL
    WHERE ${scope}
      AND m.status <> 'CANCELLED'
      AND m."endsAt" <= ${now}::timestamptz
      AND NOT (m."supplierNoShow" AND m."buyerNoShow")
      AND NOT EXISTS (
        SELECT 1 FROM "MeetingOutcomeReport" r WHERE r."meetingId" = m.id AND r.side = side.side)
    ORDER BY m.id, u.id
    ON CONFLICT ("meetingId", "userId") DO NOTHING
    RETURNING "meetingId", "userId"`;
}
