import "server-only";
import type { DbClient } from "./db-client";
import { freeCandidatesSql, type PairCandidate } from "./free-slots-of-pairs-sql";
import { contains, mergeIntervals } from "./intervals";
import { loadAvailabilityOfSessions, type OrganizationAvailability } from "./load-availability";
import { loadSessionGrids, type SessionGrid } from "./load-session-grid";
import type { Slot } from "./slot-grid";

export type PairQuery = {
  /** The caller's name for the answer, e.g. a request id. */
  key: string;
  sessionId: string;
  organizationIds: [string, string];
  needsInterpreter: boolean;
};

/**
 * Every free slot of each pair in its session (freeSlots' rule: in the future, inside
 * both availabilities, clear of both parties' meetings, with an interpreter when asked),
 * by key. A fixed number of statements whatever the number of pairs: the sessions,
 * the availability, then one statement over every candidate slot.
 */
export async function freeSlotsOfPairs(
  client: DbClient,
  pairs: PairQuery[],
  { now = new Date() }: { now?: Date } = {},
): Promise<Map<string, Slot[]>> {
  const answer = new Map<string, Slot[]>(pairs.map((pair) => [pair.key, []]));
  if (pairs.length === 0) return answer;
  const grids = await loadSessionGrids(
    client,
    pairs.map((pair) => pair.sessionId),
  );
  const availability = await loadAvailabilityOfSessions(
    client,
    [...grids.values()],
    pairs.flatMap((pair) => pair.organizationIds),
  );
  const candidates = pairs.flatMap((pair) => openCandidates(pair, grids.get(pair.sessionId), availability, now));
  if (candidates.length === 0) return answer;

  const rows = await client.$queryRaw<{ key: string; start: Date }[]>(freeCandidatesSql(candidates));
  const free = new Set(rows.map((row) => `${row.key} ${row.start.getTime()}`));
  for (const candidate of candidates) {
    if (free.has(`${candidate.key} ${candidate.start.getTime()}`)) answer.get(candidate.key)?.push(candidate.slot);
  }
  return answer;
}

/** The pair's slots that are in the future and inside both organizations' availability. */
function openCandidates(
  pair: PairQuery,
  grid: SessionGrid | undefined,
  availability: Map<string, Map<string, OrganizationAvailability>>,
  now: Date,
): (PairCandidate & { slot: Slot })[] {
  if (!grid) return [];
  const ofSession = availability.get(grid.id);
  const ranges = pair.organizationIds.map((id) => mergeIntervals(ofSession?.get(id)?.ranges ?? []));
  return grid.slots
    .filter((slot) => slot.start > now && ranges.every((r) => r.some((a) => contains(a, slot))))
    .map((slot) => ({ ...pair, start: slot.start, end: slot.end, slot }));
}
