/** The room opens 10 minutes before the slot and closes 15 minutes after it ends (issue 7). */
export const ROOM_OPENS_BEFORE_MS = 10 * 60_000;
export const ROOM_CLOSES_AFTER_MS = 15 * 60_000;

export type RoomWindowState = "before" | "open" | "after";

export function roomWindow(meeting: { startsAt: Date; endsAt: Date }): { opensAt: Date; closesAt: Date } {
  return {
    opensAt: new Date(meeting.startsAt.getTime() - ROOM_OPENS_BEFORE_MS),
    closesAt: new Date(meeting.endsAt.getTime() + ROOM_CLOSES_AFTER_MS),
  };
}

/** Half-open like the slot itself: open from opensAt (inclusive) until closesAt (exclusive). */
export function roomWindowState(meeting: { startsAt: Date; endsAt: Date }, now: Date): RoomWindowState {
  const { opensAt, closesAt } = roomWindow(meeting);
  if (now < opensAt) return "before";
  if (now >= closesAt) return "after";
  return "open";
}
