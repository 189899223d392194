import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { interpreterFreeSql } from "@/lib/scheduling/interpreter-sql";
import type { PlacedItem } from "./publish-checks";

/**
 * At most one row, the `id` of a draft item that can no longer be booked: a
 * non-cancelled meeting overlaps it for one of its parties or its interpreter,
 * or its interpreter may no longer serve it (interpreterFreeSql: active, speaking both languages,
 * on shift in session `sessionId` for the whole item, in no overlapping meeting).
 */
export function clashingDraftItemSql(sessionId: string, items: PlacedItem[]): Prisma.Sql {
  return Prisma.sql`
    WITH item AS (
      SELECT * FROM unnest(
        ${items.map((i) => i.id)}::text[], ${items.map((i) => i.supplierOrgId)}::text[],
        ${items.map((i) => i.buyerOrgId)}::text[], ${items.map((i) => i.interpreterId ?? "")}::text[],
        ${items.map((i) => i.startsAt.toISOString())}::timestamptz[], ${items.map((i) => i.endsAt.toISOString())}::timestamptz[]
      ) AS t("id", "supplier", "buyer", "interpreter", "start", "finish")
    )
    SELECT item."id" FROM item
    WHERE EXISTS (
      SELECT 1 FROM "Meeting" m
      WHERE m."status" <> 'CANCELLED'
        AND tstzrange(m."startsAt", m."endsAt", '[)') && tstzrange(item."start", item."finish", '[)')
        AND (m."supplierOrgId" IN (item."supplier", item."buyer") OR m."buyerOrgId" IN (item."supplier", item."buyer")
             OR (item."interpreter" <> '' AND m."interpreterId" = item."interpreter"))
    )
    OR (item."interpreter" <> '' AND NOT EXISTS (
      SELECT 1 FROM "User" u
      WHERE u."id" = item."interpreter" AND ${interpreterFreeSql(sessionId, Prisma.sql`item."start"`, Prisma.sql`item."finish"`, "")}
    ))
    LIMIT 1`;
}
