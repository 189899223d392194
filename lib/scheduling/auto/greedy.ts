import type { CompiledProblem } from "./compile";
import type { ScheduleState } from "./state";

/** Requests by weight, heaviest first; ties by problem order so the result is stable. */
export function byWeight(problem: CompiledProblem): Int32Array {
  const order = Array.from({ length: problem.requestIds.length }, (_, r) => r);
  order.sort((x, y) => problem.weight[y] - problem.weight[x] || x - y);
  return Int32Array.from(order);
}

/**
 * Greedy construction: heaviest request first, into the free slot that the
 * still-unplaced requests of its two parties (and, for interpreter meetings,
 * the other interpreter meetings) need least. "Need" is each unplaced request's
 * weight spread evenly over its feasible slots, so a slot that is the only
 * option for someone else is avoided when there is a choice.
 */
export function placeGreedily(state: ScheduleState, order: Int32Array) {
  const problem = state.problem;
  const { slotCount, a, b, weight, needsInterpreter, feasible, capacity } = problem;
  const pressure = new Float64Array(problem.participantCount * slotCount);
  const interpreterPressure = new Float64Array(slotCount);
  const spread = (r: number, sign: number) => {
    const slots = feasible[r];
    if (slots.length === 0) return;
    const share = (sign * weight[r]) / slots.length;
    for (const s of slots) {
      pressure[a[r] * slotCount + s] += share;
      pressure[b[r] * slotCount + s] += share;
      if (needsInterpreter[r]) interpreterPressure[s] += share;
    }
  };
  for (const r of order) if (state.slotOf[r] < 0) spread(r, 1);

  for (const r of order) {
    if (state.slotOf[r] >= 0) continue;
    spread(r, -1);
    let best = -1;
    let bestCost = Infinity;
    for (const s of feasible[r]) {
      if (!state.canPlace(r, s)) continue;
      let cost = pressure[a[r] * slotCount + s] + pressure[b[r] * slotCount + s];
      if (needsInterpreter[r]) cost += interpreterPressure[s] / (capacity[s] - state.interpretersUsed[s]);
      if (cost < bestCost - 1e-9) {
        bestCost = cost;
        best = s;
      }
    }
    if (best >= 0) state.place(r, best);
  }
  state.commit();
}
