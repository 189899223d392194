import "server-only";
import { dbClient, type DbClient } from "./db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { interpreterFreeSql } from "./interpreter-sql";
import { contains, mergeIntervals } from "./intervals";
import { loadAvailability } from "./load-availability";
import { loadSessionGrid, type SessionGrid } from "./load-session-grid";
import type { Slot } from "./slot-grid";

export type FreeSlotOptions = {
  /** Offer only slots where an interpreter (Chinese-Russian) is on shift and free. */
  needsInterpreter?: boolean;
  /** Slots must start after this instant; the current time unless a caller (a test, a job) fixes it. */
  now?: Date;
  /** A meeting being moved: its own time does not count as busy. */
  excludeMeetingId?: string;
};

/**
 * The slots among `candidates` that both organizations can take: in the future,
 * inside both availabilities, overlapping no meeting of either that is not
 * cancelled and, when asked, with an interpreter free. Two queries whatever the
 * number of slots: the availability, then one statement over all candidates.
 */
export async function freeSlotsAmong(
  client: DbClient,
  grid: SessionGrid,
  organizationIds: [string, string],
  candidates: Slot[],
  { needsInterpreter = false, now = new Date(), excludeMeetingId = "" }: FreeSlotOptions = {},
): Promise<Slot[]> {
  const availability = await loadAvailability(client, grid.id, grid.timetable, organizationIds);
  const ranges = organizationIds.map((id) => mergeIntervals(availability.get(id)?.ranges ?? []));
  const open = candidates.filter((slot) => slot.start > now && ranges.every((r) => r.some((a) => contains(a, slot))));
  if (open.length === 0) return [];

  const starts = open.map((slot) => slot.start.toISOString());
  const ends = open.map((slot) => slot.end.toISOString());
  const slotStart = Prisma.sql`s."start"`;
  const slotEnd = Prisma.sql`s."finish"`;
  const rows = await client.$queryRaw<{ start: Date }[]>(Prisma.sql`
    SELECT s."start"
    FROM unnest(${starts}::timestamptz[], ${ends}::timestamptz[]) AS s("start", "finish")
    WHERE NOT EXISTS (
      SELECT 1 FROM "Meeting" m
      WHERE m."status" <> 'CANCELLED' AND m."id" <> ${excludeMeetingId}
        AND (m."supplierOrgId" = ANY(${organizationIds}::text[]) OR m."buyerOrgId" = ANY(${organizationIds}::text[]))
        AND tstzrange(m."startsAt", m."endsAt", '[)') && tstzrange(s."start", s."finish", '[)')
    )
    AND (NOT ${needsInterpreter}::boolean OR EXISTS (
      SELECT 1 FROM "User" u WHERE ${interpreterFreeSql(grid.id, slotStart, slotEnd, excludeMeetingId)}
    ))`);
  const free = new Set(rows.map((row) => row.start.getTime()));
  return open.filter((slot) => free.has(slot.start.getTime()));
}

/** Every free slot of a session for a pair of organizations (see freeSlotsAmong). */
export async function freeSlots(
  sessionId: string,
  organizationA: string,
  organizationB: string,
  options: FreeSlotOptions & { client?: DbClient } = {},
): Promise<Slot[]> {
  const client = options.client ?? dbClient;
  const grid = await loadSessionGrid(client, sessionId);
  return freeSlotsAmong(client, grid, [organizationA, organizationB], grid.slots, options);
}

/**
 * An interpreter free for the slot, or null: `preferId` when free (a moved meeting
 * keeps its interpreter), else the least-loaded (fewest meetings in the session).
 */
export async function pickInterpreter(
  client: DbClient,
  sessionId: string,
  slot: { start: Date; end: Date },
  excludeMeetingId = "",
  preferId: string | null = null,
): Promise<string | null> {
  const start = Prisma.sql`${slot.start}::timestamptz`;
  const end = Prisma.sql`${slot.end}::timestamptz`;
  const [row] = await client.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT u."id" FROM "User" u
    WHERE ${interpreterFreeSql(sessionId, start, end, excludeMeetingId)}
    ORDER BY u."id" = ${preferId ?? ""} DESC, (
      SELECT count(*) FROM "Meeting" l
      WHERE l."interpreterId" = u."id" AND l."sessionId" = ${sessionId} AND l."status" <> 'CANCELLED'
    ), u."id"
    LIMIT 1`);
  return row?.id ?? null;
}
