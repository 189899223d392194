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
