import "server-only";
import { lockTakingPartSql } from "@/lib/meetings/booking-sql";
import type { DbClient } from "@/lib/scheduling/db-client";
import { coveredBy } from "@/lib/scheduling/intervals";
import { loadAvailability } from "@/lib/scheduling/load-availability";
import type { SessionGrid } from "@/lib/scheduling/load-session-grid";
import { findSlot } from "@/lib/scheduling/slot-grid";
import { clashingDraftItemSql } from "./publish-checks-sql";

export type PlacedItem = {
  id: string;
  supplierOrgId: string;
  buyerOrgId: string;
  interpreterId: string | null;
  startsAt: Date;
  endsAt: Date;
};

/**
 * The first draft item that can no longer be booked as drafted, checking the
 * database as it is now, a handful of set-based queries whatever the number of
 * items: the slot still in the grid and ahead; no meeting for the pair yet; both
 * parties available then; nobody (party or interpreter) in an overlapping meeting;
 * the interpreter still active, speaking both languages and on shift. Null when
 * all fit. The EXCLUDE constraints still check the inserts.
 */
export async function firstOutdatedItem(
  tx: DbClient,
  grid: SessionGrid,
  items: PlacedItem[],
  now: Date,
): Promise<string | null> {
  for (const item of items) {
    const slot = findSlot(grid.slots, item.startsAt);
    if (!slot || slot.end.getTime() !== item.endsAt.getTime() || slot.start <= now) return item.id;
  }
  if (items.length === 0) return null;

  const met = await tx.meeting.findMany({
    where: {
      sessionId: grid.id,
      status: { not: "CANCELLED" },
      supplierOrgId: { in: items.map((i) => i.supplierOrgId) },
    },
    select: { supplierOrgId: true, buyerOrgId: true },
  });
  const metPairs = new Set(met.map((m) => `${m.supplierOrgId}~${m.buyerOrgId}`));
  const alreadyMet = items.find((i) => metPairs.has(`${i.supplierOrgId}~${i.buyerOrgId}`));
  if (alreadyMet) return alreadyMet.id;

  const orgIds = [...new Set(items.flatMap((i) => [i.supplierOrgId, i.buyerOrgId]))];
  const availability = await loadAvailability(tx, grid.id, grid.timetable, orgIds);
  const unavailable = items.find((i) =>
    [i.supplierOrgId, i.buyerOrgId].some(
      (org) => !coveredBy(availability.get(org)?.ranges ?? [], { start: i.startsAt, end: i.endsAt }),
    ),
  );
  if (unavailable) return unavailable.id;

  const rows = await tx.$queryRaw<{ id: string }[]>(clashingDraftItemSql(grid.id, items));
  return rows[0]?.id ?? null;
}

/**
 * The first draft item with a party that no longer takes part in the session (its registration
 * no longer APPROVED, or the organization suspended), and that party; null when all still do.
 * Reads their registrations and organizations FOR SHARE (lockTakingPartSql, as a single booking
 * does), so an exclusion or suspension at the same moment either waits for the publish to commit
 * (and then cancels its new meetings too) or the publish waits for it and sees it.
 */
export async function firstItemWithPartyGone(
  tx: DbClient,
  sessionId: string,
  items: PlacedItem[],
): Promise<{ itemId: string; organizationId: string } | null> {
  if (items.length === 0) return null;
  const parties = [...new Set(items.flatMap((i) => [i.supplierOrgId, i.buyerOrgId]))];
  const rows = await tx.$queryRaw<{ organizationId: string }[]>(lockTakingPartSql(sessionId, parties));
  const takingPart = new Set(rows.map((row) => row.organizationId));
  for (const item of items) {
    const gone = [item.supplierOrgId, item.buyerOrgId].find((org) => !takingPart.has(org));
    if (gone) return { itemId: item.id, organizationId: gone };
  }
  return null;
}
