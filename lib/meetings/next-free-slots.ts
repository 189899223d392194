import "server-only";
import { dbClient } from "@/lib/scheduling/db-client";
import { freeSlotsAmong } from "@/lib/scheduling/find-free-slots";
import type { SessionGrid } from "@/lib/scheduling/load-session-grid";
import type { Slot } from "@/lib/scheduling/slot-grid";
import { slotTakenSql } from "./booking-sql";
import { SlotTakenError } from "./slot-taken-error";

/**
 * The error for a slot that is no longer free, with the next free slots for the
 * pair: the first three from the wanted start on, or else the first three at all.
 */
export async function slotTakenError(
  grid: SessionGrid,
  organizationIds: [string, string],
  wanted: Date,
  options: { needsInterpreter: boolean; now: Date; excludeMeetingId?: string },
): Promise<SlotTakenError> {
  const free = await freeSlotsAmong(dbClient, grid, organizationIds, grid.slots, options);
  const later = free.filter((slot) => slot.start >= wanted);
  return new SlotTakenError((later.length > 0 ? later : free).slice(0, 3));
}

/**
 * Answers "slot taken" straight away when a committed meeting of either party
 * already overlaps the slot, without queueing for the parties' booking locks: one
 * indexed read, so people who book after the winner learn it at once instead of
 * waiting behind a booking in progress (an auto-schedule publish holds the locks for
 * seconds). Availability and interpreters are left to the check under the locks,
 * which with the EXCLUDE constraints still decides.
 */
export async function refuseTakenSlot(
  grid: SessionGrid,
  organizationIds: [string, string],
  slot: Slot,
  options: { needsInterpreter: boolean; now: Date; excludeMeetingId?: string },
): Promise<void> {
  const [{ taken }] = await dbClient.$queryRaw<{ taken: boolean }[]>(
    slotTakenSql(organizationIds, slot, options.excludeMeetingId),
  );
  if (taken) throw await slotTakenError(grid, organizationIds, slot.start, options);
}
