import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Takes the meeting's room lock (transaction-scoped advisory lock) that
 * serializes people entering the same room; run with `$executeRaw`, no rows.
 */
export function roomLockSql(meetingId: string): Prisma.Sql {
  return Prisma.sql`SELECT pg_advisory_xact_lock(hashtext('room:' || ${meetingId}))`;
}

/**
 * Inserts the "RoomSignal" row and, in the same statement, NOTIFYs `channel`
 * with its id, "meetingId", "toUserId" and kind as JSON (never the payload);
 * answers one row: the new signal's `id` as text (and `notified`, unused).
 */
export function insertSignalSql(
  signal: { meetingId: string; fromUserId: string; toUserId: string | null; kind: string; payload: unknown },
  channel: string,
): Prisma.Sql {
  return Prisma.sql`
    WITH s AS (
      INSERT INTO "RoomSignal" ("meetingId", "fromUserId", "toUserId", kind, payload)
      VALUES (${signal.meetingId}, ${signal.fromUserId}, ${signal.toUserId}, ${signal.kind},
              ${JSON.stringify(signal.payload ?? null)}::jsonb)
      RETURNING id, "meetingId", "toUserId", kind
    )
    SELECT s.id::text AS id,
           pg_notify(${channel},
                     json_build_object('id', s.id::text, 'meetingId', s."meetingId", 'toUserId', s."toUserId",
                                       'kind', s.kind)::text
           )::text AS notified
    FROM s`;
}
