import { Prisma } from "@/lib/generated/prisma/client";

/** A meeting that needs an interpreter needs one who speaks both languages of the fair. */
export const interpreterLanguages = ["zh", "ru"];

/**
 * SQL condition: interpreter `u` may serve [start, finish): an active interpreter
 * speaking Chinese and Russian, on a shift of the session that covers the slot,
 * and in no overlapping meeting that is not cancelled (except `excludeMeetingId`,
 * the meeting being moved). `sessionId` is a value or, to check many sessions in one
 * statement, a column.
 */
export function interpreterFreeSql(
  sessionId: string | Prisma.Sql,
  start: Prisma.Sql,
  finish: Prisma.Sql,
  excludeMeetingId: string,
) {
  return Prisma.sql`
    u."role" = 'INTERPRETER' AND u."disabledAt" IS NULL AND u."languages" @> ${interpreterLanguages}::text[]
    AND EXISTS (
      SELECT 1 FROM "InterpreterShift" sh
      WHERE sh."interpreterId" = u."id" AND sh."sessionId" = ${sessionId}
        AND sh."startsAt" <= ${start} AND sh."endsAt" >= ${finish}
    )
    AND NOT EXISTS (
      SELECT 1 FROM "Meeting" im
      WHERE im."interpreterId" = u."id" AND im."status" <> 'CANCELLED' AND im."id" <> ${excludeMeetingId}
        AND tstzrange(im."startsAt", im."endsAt", '[)') && tstzrange(${start}, ${finish}, '[)')
    )`;
}
