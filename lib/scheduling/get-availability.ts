import "server-only";
import { dbClient } from "@/lib/scheduling/db-client";
import type { Actor } from "@/lib/auth/actor";
import { dailyIntervals } from "@/lib/time/session-window";
import { loadAvailability } from "./load-availability";
import { defaultAvailability, sessionDaysInZone, utcToLocalRanges } from "./local-ranges";
import { requireSessionParticipant } from "./require-session-participant";
import { sessionIdSchema } from "./schemas";

/**
 * The actor's organization's availability in a session: UTC ranges for the
 * scheduler, and for a form the same as wall-clock ranges on the actor's own clock
 * (their profile zone, which may differ from the organization's), with the local
 * days the session touches, its meeting window on each of them and the default.
 */
export async function getAvailability(actor: Actor, rawSessionId: string) {
  const sessionId = sessionIdSchema.parse(rawSessionId);
  const { organization, grid } = await requireSessionParticipant(dbClient, actor, sessionId);
  const own = (await loadAvailability(dbClient, sessionId, grid.timetable, [organization.id])).get(organization.id)!;
  const zone = actor.timeZone;
  const counterpartTimeZone = await counterpartZoneOf(sessionId, organization.kind, zone, grid.timetable.timeZone);
  return {
    sessionId,
    organizationId: organization.id,
    /** The zone every local range here is read in: the actor's own. */
    timeZone: zone,
    /** The zone the default (08:00-19:00) is read in: the organization's. */
    organizationTimeZone: own.timeZone,
    fairTimeZone: grid.timetable.timeZone,
    /** The clock to show beside the actor's (where the other side mostly sits). */
    counterpartTimeZone,
    stored: own.stored,
    ranges: own.ranges,
    days: utcToLocalRanges(own.ranges, zone),
    defaultDays: utcToLocalRanges(defaultAvailability(grid.timetable, own.timeZone), zone),
    /** The session's daily meeting window, per local day: ranges must lie inside it. */
    windows: utcToLocalRanges(dailyIntervals(grid.timetable), zone),
    sessionDays: sessionDaysInZone(grid.timetable, zone),
  };
}
/**
 * The zone most organizations of the other kind registered in the session use, when
 * it differs from the viewer's (a Hangzhou supplier sees Moscow time beside its
 * own); else the fair's zone (a Moscow buyer sees Hangzhou time).
 */
async function counterpartZoneOf(sessionId: string, kind: string, viewerZone: string, fairZone: string) {
  const others = await dbClient.sessionRegistration.findMany({
    where: { sessionId, status: "APPROVED", organization: { kind: kind === "SUPPLIER" ? "BUYER" : "SUPPLIER" } },
    select: { organization: { select: { timeZone: true } } },
  });
  const counts = new Map<string, number>();
  for (const { organization } of others) {
    if (organization.timeZone !== viewerZone)
      counts.set(organization.timeZone, (counts.get(organization.timeZone) ?? 0) + 1);
  }
  const [mostCommon] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return mostCommon?.[0] ?? fairZone;
}
