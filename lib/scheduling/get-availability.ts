import "server-only";
import { dbClient } from "@/lib/scheduling/db-client";
import type { Actor } from "@/lib/auth/actor";
import { loadAvailability } from "./load-availability";
import { sessionDaysInZone, utcToLocalRanges } from "./local-ranges";
import { requireSessionParticipant } from "./require-session-participant";
import { sessionIdSchema } from "./schemas";

/**
 * The actor's organization's availability in a session: UTC ranges for the
 * scheduler, the same as wall-clock ranges in the organization's zone for a form,
 * and the local days the session touches (the days a form may offer).
 */
export async function getAvailability(actor: Actor, rawSessionId: string) {
  const sessionId = sessionIdSchema.parse(rawSessionId);
  const { organization, grid } = await requireSessionParticipant(dbClient, actor, sessionId);
  const own = (await loadAvailability(dbClient, sessionId, grid.timetable, [organization.id])).get(organization.id)!;
  return {
    sessionId,
    organizationId: organization.id,
    timeZone: own.timeZone,
    stored: own.stored,
    ranges: own.ranges,
    days: utcToLocalRanges(own.ranges, own.timeZone),
    sessionDays: sessionDaysInZone(grid.timetable, own.timeZone),
  };
}
