import "server-only";
import type { DbClient } from "./db-client";
import type { Interval } from "./intervals";
import { defaultAvailability } from "./local-ranges";
import type { SlotGridInput } from "./slot-grid";

export type OrganizationAvailability = {
  organizationId: string;
  timeZone: string;
  /** False when the organization never set its availability: `ranges` is then the default. */
  stored: boolean;
  ranges: Interval[];
};

/**
 * What each organization set for the session, or the default (the session window
 * clipped to 08:00-19:00 on its own clock) when it set nothing. One query.
 */
export async function loadAvailability(
  client: DbClient,
  sessionId: string,
  timetable: SlotGridInput,
  organizationIds: string[],
): Promise<Map<string, OrganizationAvailability>> {
  const organizations = await client.organization.findMany({
    where: { id: { in: organizationIds } },
    select: {
      id: true,
      timeZone: true,
      availability: { where: { sessionId }, select: { startsAt: true, endsAt: true }, orderBy: { startsAt: "asc" } },
    },
  });
  return new Map(organizations.map((org) => [org.id, toAvailability(org, org.availability, timetable)]));
}

/**
 * loadAvailability for several sessions at once (by session id, then organization
 * id), in one query whatever the number of sessions and organizations.
 */
export async function loadAvailabilityOfSessions(
  client: DbClient,
  sessions: { id: string; timetable: SlotGridInput }[],
  organizationIds: string[],
): Promise<Map<string, Map<string, OrganizationAvailability>>> {
  const sessionIds = sessions.map((session) => session.id);
  const organizations = await client.organization.findMany({
    where: { id: { in: [...new Set(organizationIds)] } },
    select: {
      id: true,
      timeZone: true,
      availability: {
        where: { sessionId: { in: sessionIds } },
        select: { sessionId: true, startsAt: true, endsAt: true },
        orderBy: { startsAt: "asc" },
      },
    },
  });
  return new Map(
    sessions.map((session) => {
      const ofSession = (org: (typeof organizations)[number]) =>
        org.availability.filter((a) => a.sessionId === session.id);
      const byOrganization = organizations.map(
        (org) => [org.id, toAvailability(org, ofSession(org), session.timetable)] as const,
      );
      return [session.id, new Map(byOrganization)];
    }),
  );
}

function toAvailability(
  org: { id: string; timeZone: string },
  stored: { startsAt: Date; endsAt: Date }[],
  timetable: SlotGridInput,
): OrganizationAvailability {
  const ranges =
    stored.length > 0
      ? stored.map((a) => ({ start: a.startsAt, end: a.endsAt }))
      : defaultAvailability(timetable, org.timeZone);
  return { organizationId: org.id, timeZone: org.timeZone, stored: stored.length > 0, ranges };
}
