import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The instant a session ends (midnight after its last day in the fair's zone), the
 * rule of sessionSchedule() in lifecycle.ts written in SQL for queries that filter
 * many sessions at once; `session` and `fair` are the aliases of their rows. The
 * same expression guards inserts in the session_lifecycle migration's trigger.
 */
export function sessionEndsAtSql(session: string, fair: string): Prisma.Sql {
  return Prisma.raw(`((${session}."endDate" + 1)::timestamp AT TIME ZONE ${fair}."timeZone")`);
}
