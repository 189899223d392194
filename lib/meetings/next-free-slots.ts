import "server-only";
import { dbClient } from "@/lib/scheduling/db-client";
import { freeSlotsAmong } from "@/lib/scheduling/find-free-slots";
import type { SessionGrid } from "@/lib/scheduling/load-session-grid";
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
