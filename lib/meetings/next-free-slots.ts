import "server-only";
import { dbClient } from "@/lib/scheduling/db-client";
import { freeSlotsAmong } from "@/lib/scheduling/find-free-slots";
import type { SessionGrid } from "@/lib/scheduling/load-session-grid";
import type { Slot } from "@/lib/scheduling/slot-grid";
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
 * Answers "slot taken" straight away when a committed booking already holds the
 * slot, without queueing for the parties' booking locks: when many people book one
 * slot at once, the others learn it from one read instead of waiting their turn
 * behind each other. The check under the locks and the EXCLUDE constraints still
 * decide; this only turns away the attempts that cannot win.
 */
export async function refuseTakenSlot(
  grid: SessionGrid,
  organizationIds: [string, string],
  slot: Slot,
  options: { needsInterpreter: boolean; now: Date; excludeMeetingId?: string },
): Promise<void> {
  const free = await freeSlotsAmong(dbClient, grid, organizationIds, [slot], options);
  if (free.length === 0) throw await slotTakenError(grid, organizationIds, slot.start, options);
}
