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
  return new Map(
    organizations.map((org) => {
      const stored = org.availability.length > 0;
      const ranges = stored
        ? org.availability.map((a) => ({ start: a.startsAt, end: a.endsAt }))
        : defaultAvailability(timetable, org.timeZone);
      return [org.id, { organizationId: org.id, timeZone: org.timeZone, stored, ranges }];
    }),
  );
}
