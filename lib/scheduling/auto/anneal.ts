import { createSearch } from "./improve";
import { createRandom } from "./random";
import type { ScheduleState } from "./state";

export type AnnealOptions = { moves: number; startTemperature: number; endTemperature: number; seed: number };

/**
 * Simulated annealing over "put request r into slot s" moves (what is in the
 * way moves to a free slot or is dropped, freed cells are refilled). Worse
 * moves are accepted with probability exp(gain / temperature), which lets the
 * search leave the local optima the greedy improvement stops in. The best
 * schedule seen is restored at the end. Seeded and with a fixed number of
 * moves, so the result does not depend on the machine's speed.
 */
export function anneal(state: ScheduleState, options: AnnealOptions) {
  const { feasible, requestIds } = state.problem;
  const candidates: number[] = [];
  for (let r = 0; r < requestIds.length; r++)
    if (feasible[r].length > 1 || (feasible[r].length === 1 && state.slotOf[r] < 0)) candidates.push(r);
  if (candidates.length === 0 || options.moves <= 0) return;
  const search = createSearch(state, { relocationDepth: 0, relocationBudget: 8, ejectionDepth: 0, ejectionBreadth: 0 });
  const random = createRandom(options.seed);
  const best = state.slotOf.slice();
  let bestTotal = state.total;
  const cooling = Math.log(options.endTemperature / options.startTemperature) / options.moves;
  for (let move = 0; move < options.moves; move++) {
    const temperature = options.startTemperature * Math.exp(cooling * move);
    const r = candidates[random.int(0, candidates.length - 1)];
    const slots = feasible[r];
    const s = slots[random.int(0, slots.length - 1)];
    if (s === state.slotOf[r]) continue;
    const mark = state.mark();
    const gain = search.forceAt(r, s);
    if (gain >= 0 || (gain > -Infinity && random.next() < Math.exp(gain / temperature))) {
      state.commit();
      if (state.total > bestTotal + 1e-9) {
        bestTotal = state.total;
        best.set(state.slotOf);
      }
    } else state.rollback(mark);
  }
  if (state.total < bestTotal - 1e-9) state.restore(best);
}
