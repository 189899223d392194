import { coveredBy, mergeIntervals, type Interval } from "@/lib/scheduling/intervals";

/**
 * The meetings that would no longer lie inside a session's slots: a meeting must
 * be covered by the union of the grid's slots (a longer slot length still holds a
 * shorter meeting, a break or a shorter window does not). Meetings that are over
 * by `now` are history and never reported.
 */
export function meetingsOutsideGrid<M extends Interval>(meetings: M[], slots: Interval[], now: Date): M[] {
  const grid = mergeIntervals(slots);
  return meetings.filter((meeting) => meeting.end > now && !coveredBy(grid, meeting));
}
