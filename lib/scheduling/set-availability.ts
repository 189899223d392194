import "server-only";
import { db } from "@/lib/db";
import { dbClient } from "@/lib/scheduling/db-client";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { dailyIntervals, zonedInstant } from "@/lib/time/session-window";
import { getAvailability } from "./get-availability";
import { coveredBy } from "./intervals";
import { localRangesToUtc, sessionDaysInZone } from "./local-ranges";
import { requireSessionParticipant } from "./require-session-participant";
import { sessionIdSchema, setAvailabilitySchema, type SetAvailabilityInput } from "./schemas";

/**
 * Replaces the organization's availability in a session. Ranges are wall-clock
 * times on the actor's own calendar days (User.timeZone, the clock they read) and
 * are stored as UTC. Every day must be one the session touches in that zone, and
 * every range must lie inside the session's daily meeting window. An empty list
 * removes what was set, so the default (08:00-19:00 local) applies again.
 * Meetings already booked are not affected.
 */
export async function setAvailability(actor: Actor, rawSessionId: string, raw: SetAvailabilityInput) {
  const sessionId = sessionIdSchema.parse(rawSessionId);
  const input = setAvailabilitySchema.parse(raw);
  const { organization, grid } = await requireSessionParticipant(dbClient, actor, sessionId);
  const zone = actor.timeZone;
  const allowedDays = new Set(sessionDaysInZone(grid.timetable, zone));
  const outside = input.days.findIndex((d) => !allowedDays.has(d.day));
  if (outside >= 0) {
    throw new AppError("VALIDATION", "availabilityOutsideSession", {
      [`days.${outside}.day`]: "availabilityOutsideSession",
    });
  }
  const windows = dailyIntervals(grid.timetable);
  const outsideWindow: Record<string, string> = {};
  input.days.forEach(({ day, ranges }, dayIndex) =>
    ranges.forEach((range, rangeIndex) => {
      const utc = { start: zonedInstant(day, range.startMinute, zone), end: zonedInstant(day, range.endMinute, zone) };
      if (!coveredBy(windows, utc))
        outsideWindow[`days.${dayIndex}.ranges.${rangeIndex}`] = "availabilityOutsideWindow";
    }),
  );
  if (Object.keys(outsideWindow).length > 0) {
    throw new AppError("VALIDATION", "availabilityOutsideWindow", outsideWindow);
  }
  const ranges = localRangesToUtc(input.days, zone);

  await db.$transaction(async (tx) => {
    await tx.availability.deleteMany({ where: { sessionId, organizationId: organization.id } });
    await tx.availability.createMany({
      data: ranges.map((r) => ({ sessionId, organizationId: organization.id, startsAt: r.start, endsAt: r.end })),
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "availability.set",
      entityType: "FairSession",
      entityId: sessionId,
      organizationId: organization.id,
      data: { ranges: ranges.map((r) => [r.start.toISOString(), r.end.toISOString()]) },
    });
  });
  return getAvailability(actor, sessionId);
}
