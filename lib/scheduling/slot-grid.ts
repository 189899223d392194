import { zonedInstant, sessionDays } from "@/lib/time/session-window";
import type { SessionTimetable } from "@/lib/time/format-window";
import type { Interval } from "./intervals";

/** A session's timetable plus its slot length: everything the grid depends on. */
export type SlotGridInput = SessionTimetable & { slotMinutes: number };

export type Slot = Interval & { /** The fair's calendar date the slot belongs to. */ fairDay: string };

/**
 * Every bookable slot of a session as UTC [start, end), in time order.
 *
 * Each day's window and breaks are clock minutes in the fair's zone, turned into
 * UTC instants for that calendar day, so a daylight-saving change moves that day's
 * slots with the clock. The breaks cut the window into segments; each segment is
 * filled from its own start with slots of exactly `slotMinutes` elapsed minutes, and
 * a slot that would run past the segment's end is dropped. A window that spans a
 * clock change thus yields fewer (or more) slots, never a slot of odd length.
 */
export function sessionSlots(grid: SlotGridInput): Slot[] {
  const step = grid.slotMinutes * 60_000;
  if (step <= 0) return [];
  const slots: Slot[] = [];
  for (const fairDay of sessionDays(grid)) {
    const at = (minute: number) => zonedInstant(fairDay, minute, grid.timeZone).getTime();
    for (const [from, to] of daySegments(grid)) {
      const segmentEnd = at(to);
      for (let start = at(from); start + step <= segmentEnd; start += step) {
        slots.push({ fairDay, start: new Date(start), end: new Date(start + step) });
      }
    }
  }
  return slots;
}

/** The daily window minus its breaks, as [startMinute, endMinute) pairs of clock minutes. */
function daySegments(grid: SlotGridInput): [number, number][] {
  const breaks = [...grid.breaks].sort((a, b) => a.startMinute - b.startMinute);
  const segments: [number, number][] = [];
  let cursor = grid.dailyStartMinute;
  for (const pause of breaks) {
    const start = Math.max(pause.startMinute, grid.dailyStartMinute);
    const end = Math.min(pause.endMinute, grid.dailyEndMinute);
    if (end <= start) continue;
    if (start > cursor) segments.push([cursor, start]);
    cursor = Math.max(cursor, end);
  }
  if (grid.dailyEndMinute > cursor) segments.push([cursor, grid.dailyEndMinute]);
  return segments;
}

/** The grid slot that starts exactly at `start`, if any. */
export function findSlot(slots: Slot[], start: Date): Slot | undefined {
  const time = start.getTime();
  return slots.find((slot) => slot.start.getTime() === time);
}
