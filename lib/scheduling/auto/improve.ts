import { ScheduleSearch, type SearchLimits } from "./schedule-search";
import type { ScheduleState } from "./state";

export type { SearchLimits };

/** The moves on a schedule (see ScheduleSearch): insert the best way, or force a request into a slot. */
export function createSearch(
  state: ScheduleState,
  limits: SearchLimits,
): Pick<ScheduleSearch, "insertBest" | "forceAt"> {
  return new ScheduleSearch(state, limits);
}

/** Insert unplaced requests, heaviest first, while any insertion raises the total weight. */
export function improve(state: ScheduleState, order: Int32Array, limits: SearchLimits): number {
  const search = createSearch(state, limits);
  const { a, b } = state.problem;
  // A failed request is retried only once one of its parties' schedules changed:
  // moves are local, so elsewhere nothing new can open up for it (almost always).
  const triedAt = new Float64Array(a.length).fill(-1);
  let rounds = 0;
  let improved = true;
  while (improved && rounds < 50) {
    improved = false;
    rounds++;
    for (const r of order) {
      if (state.slotOf[r] >= 0 || Math.max(state.changedAt[a[r]], state.changedAt[b[r]]) < triedAt[r]) continue;
      triedAt[r] = state.changes + 0.5;
      if (search.insertBest(r)) {
        state.commit();
        improved = true;
      }
    }
  }
  return rounds;
}
