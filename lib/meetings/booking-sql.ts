import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Takes the transaction-scoped advisory lock `key` (runBookingTransaction's
 * per-organization and interpreter-pool keys); run with `$executeRaw`, no rows.
 */
export function bookingLockSql(key: bigint): Prisma.Sql {
  return Prisma.sql`SELECT pg_advisory_xact_lock(${key}::bigint)`;
}

/**
 * One row, `taken`: whether a meeting that is not cancelled (other than
 * `excludeMeetingId`, the one being moved) of either organization overlaps the slot.
 */
export function slotTakenSql(
  organizationIds: string[],
  slot: { start: Date; end: Date },
  excludeMeetingId?: string,
): Prisma.Sql {
  return Prisma.sql`
    SELECT EXISTS (
      SELECT 1 FROM "Meeting" m
      WHERE m."status" <> 'CANCELLED' AND m."id" <> ${excludeMeetingId ?? ""}
        AND (m."supplierOrgId" = ANY(${organizationIds}::text[]) OR m."buyerOrgId" = ANY(${organizationIds}::text[]))
        AND m."startsAt" < ${slot.end} AND m."endsAt" > ${slot.start}
    ) AS taken`;
}

/**
 * One row per organization of `organizationIds` still taking part in the session (an APPROVED
 * registration of an APPROVED organization), its registration and organization locked FOR
 * SHARE: an exclusion or suspension, which updates them, then waits for the booking to commit
 * (and cancels the new meeting with the others), or the booking waits for it and sees it.
 */
export function lockTakingPartSql(sessionId: string, organizationIds: string[]): Prisma.Sql {
  return Prisma.sql`
    SELECT r."organizationId" FROM "SessionRegistration" r
    JOIN "Organization" o ON o.id = r."organizationId"
    WHERE r."sessionId" = ${sessionId} AND r."organizationId" = ANY(${organizationIds}::text[])
      AND r.status = 'APPROVED' AND o.status = 'APPROVED'
    ORDER BY r."organizationId"
    FOR SHARE`;
}
