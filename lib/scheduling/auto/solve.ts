import { anneal } from "./anneal";
import { compileProblem } from "./compile";
import { byWeight, placeGreedily } from "./greedy";
import { improve, type SearchLimits } from "./improve";
import { assignInterpreters } from "./interpreters";
import type { PlacedMeeting, ScheduleProblem, ScheduleSolution } from "./problem";
import { ScheduleState } from "./state";

export type SolveOptions = SearchLimits & {
  /** Annealing moves per movable request and chain (0 turns annealing off). */
  movesPerRequest: number;
  /** Independent annealing runs from the same start, the best kept (different seeds escape different traps). */
  chains: number;
  startTemperature: number;
  endTemperature: number;
  seed: number;
};

/** Smaller sessions can afford a deeper search within their time targets (issue 6: 0.1 s / 1 s / 5 s). */
function optionsFor(requestCount: number): SolveOptions {
  const base = { startTemperature: 30, endTemperature: 1, seed: 1, ejectionBreadth: 3, chains: 1 };
  if (requestCount <= 1_000) {
    const chains = { movesPerRequest: 150, chains: 3, startTemperature: 20 };
    return { ...base, ...chains, relocationDepth: 2, relocationBudget: 100, ejectionDepth: 1 };
  }
  if (requestCount <= 5_000)
    return { ...base, relocationDepth: 2, relocationBudget: 100, ejectionDepth: 1, movesPerRequest: 200 };
  return { ...base, relocationDepth: 1, relocationBudget: 40, ejectionDepth: 0, movesPerRequest: 15 };
}

/**
 * Place as much priority weight as possible (issue 6): a greedy by weight with
 * a scarcity-aware slot choice, improved by moves and ejection chains, then
 * simulated annealing and a last improvement pass.
 *
 * Deterministic: the only randomness is a seeded PRNG with a fixed number of
 * moves, ties are broken by problem order. Fixed meetings are returned
 * unchanged; every other request is either placed or listed as unscheduled.
 * Expects a problem that passed scheduleProblemSchema (unique ids, known references).
 */
export function solveSchedule(problem: ScheduleProblem, options?: Partial<SolveOptions>): ScheduleSolution {
  const compiled = compileProblem(problem);
  const settings = { ...optionsFor(compiled.requestIds.length), ...options };
  const order = byWeight(compiled);
  const state = new ScheduleState(compiled);
  placeGreedily(state, order);
  improve(state, order, settings);
  if (settings.movesPerRequest > 0) {
    const start = state.slotOf.slice();
    let best = start;
    let bestTotal = state.total;
    for (let chain = 0; chain < settings.chains; chain++) {
      if (chain > 0) state.restore(start);
      anneal(state, {
        moves: Math.max(10_000, Math.round(settings.movesPerRequest * compiled.requestIds.length)),
        startTemperature: settings.startTemperature,
        endTemperature: settings.endTemperature,
        seed: settings.seed + chain,
      });
      improve(state, order, settings);
      if (state.total > bestTotal + 1e-9) {
        bestTotal = state.total;
        best = state.slotOf.slice();
      }
    }
    state.restore(best);
  }

  const placed: PlacedMeeting[] = [];
  const unscheduled: string[] = [];
  compiled.requestIds.forEach((id, r) => {
    const s = state.slotOf[r];
    if (s >= 0) placed.push({ request: id, slot: problem.slots[s].id });
    else unscheduled.push(id);
  });
  const fixed = (problem.fixed ?? []).map((m) => ({ ...m }));
  return { meetings: [...fixed, ...assignInterpreters(problem, placed)], unscheduled };
}
