/**
 * The exact reference for the scheduler benchmark: the integer program solved
 * with HiGHS (benchmark-only dev dependency; never imported from lib/).
 *
 *   max  sum w_r x_rs            x_rs in {0,1} for each feasible (request, slot)
 *   s.t. sum_s x_rs <= 1                              each request at most once
 *        sum_{r of p} x_rs <= 1                       each participant, each slot
 *        sum_{r needs interpreter} x_rs <= free(s)    interpreters on shift per slot
 *
 * Pooling interpreters per slot is exact: they differ only in their shifts, which
 * are per slot, so any count within the free interpreters can be matched.
 * With `relax`, the same model as an LP gives an upper bound (used for size L).
 */
import loadHighs from "highs";
import type { ScheduleProblem } from "@/lib/scheduling/auto/problem";

export type ReferenceResult = {
  objective: number;
  bound: number;
  status: string;
  seconds: number;
  /** Columns at 1 in the incumbent (integer runs only): request and slot ids. */
  chosen: { request: string; slot: string }[];
};

export async function solveReference(
  problem: ScheduleProblem,
  options: { relax: boolean; timeLimitSeconds: number },
): Promise<ReferenceResult> {
  const slotIndex = new Map(problem.slots.map((s, i) => [s.id, i]));
  const available = new Map(problem.participants.map((p) => [p.id, new Set(p.available)]));
  const fixedIds = new Set((problem.fixed ?? []).map((f) => f.request));
  const requestById = new Map(problem.requests.map((r) => [r.id, r]));
  const booked = new Set<string>();
  const freeInterpreters = problem.slots.map(
    (s) => problem.interpreters.filter((i) => i.available.includes(s.id)).length,
  );
  for (const f of problem.fixed ?? []) {
    const request = requestById.get(f.request)!;
    booked.add(`${request.a}@${f.slot}`).add(`${request.b}@${f.slot}`);
    if (f.interpreter) freeInterpreters[slotIndex.get(f.slot)!]--;
  }

  // Columns, each with its rows: request row, two participant-slot rows, maybe the slot's interpreter row.
  const rowIndex = new Map<string, number>();
  const rowUpper: number[] = [];
  const row = (key: string, upper: number) => {
    let index = rowIndex.get(key);
    if (index === undefined) {
      index = rowUpper.length;
      rowIndex.set(key, index);
      rowUpper.push(upper);
    }
    return index;
  };
  const cost: number[] = [];
  const columns: { request: string; slot: string }[] = [];
  const starts: number[] = [0];
  const indices: number[] = [];
  for (const request of problem.requests) {
    if (fixedIds.has(request.id)) continue;
    for (const slot of problem.slots) {
      const s = slotIndex.get(slot.id)!;
      if (!available.get(request.a)?.has(slot.id) || !available.get(request.b)?.has(slot.id)) continue;
      if (booked.has(`${request.a}@${slot.id}`) || booked.has(`${request.b}@${slot.id}`)) continue;
      if (request.needsInterpreter && freeInterpreters[s] <= 0) continue;
      cost.push(request.weight);
      columns.push({ request: request.id, slot: slot.id });
      const rows = [
        row(`r:${request.id}`, 1),
        row(`p:${request.a}@${slot.id}`, 1),
        row(`p:${request.b}@${slot.id}`, 1),
      ];
      if (request.needsInterpreter) rows.push(row(`i:${slot.id}`, freeInterpreters[s]));
      indices.push(...rows.sort((x, y) => x - y));
      starts.push(indices.length);
    }
  }
  const numCols = cost.length;
  const numRows = rowUpper.length;
  const highs = await loadHighs();
  const started = performance.now();
  return highs.withModel(
    {
      numCols,
      numRows,
      sense: highs.constants.objectiveSense.maximize,
      colCost: cost,
      colLower: new Float64Array(numCols),
      colUpper: new Float64Array(numCols).fill(1),
      rowLower: new Float64Array(numRows).fill(-highs.infinity),
      rowUpper,
      matrix: { format: "csc", numRows, numCols, starts, indices, values: new Float64Array(indices.length).fill(1) },
      integrality: options.relax ? undefined : new Int32Array(numCols).fill(1),
    },
    (model) => {
      model.options.set({ time_limit: options.timeLimitSeconds, output_flag: false, mip_rel_gap: 0 });
      // Interior point then crossover: the dual simplex alone did not finish size L in 10 minutes.
      if (options.relax) model.options.set({ solver: "ipm", run_crossover: "on" });
      model.run();
      const objective = model.getObjectiveValue();
      const bound = options.relax
        ? dualBound(cost, starts, indices, rowUpper, model.getSolution().rowDual)
        : Number(model.info.get("mip_dual_bound"));
      const status = String(model.getModelStatus());
      const values = options.relax ? [] : model.getSolution().colValue;
      const chosen = columns.filter((_, j) => values[j] > 0.5);
      return { objective, bound, status, seconds: (performance.now() - started) / 1000, chosen };
    },
  );
}

/**
 * A bound that holds whatever the solver's accuracy: for any row prices y >= 0,
 * sum(y * rowUpper) + sum over columns of max(0, cost - (A'y)) bounds the LP
 * (weak duality with 0 <= x <= 1). The reported duals' sign convention is not
 * assumed: the smallest of the three readings is kept, all of them valid bounds.
 */
function dualBound(
  cost: number[],
  starts: number[],
  indices: number[],
  rowUpper: number[],
  rowDual: ArrayLike<number>,
) {
  const bound = (sign: number) => {
    const y = Array.from(rowUpper, (_, i) => (sign === 0 ? Math.abs(rowDual[i]) : Math.max(0, sign * rowDual[i])));
    let total = rowUpper.reduce((sum, upper, i) => sum + upper * y[i], 0);
    for (let j = 0; j < cost.length; j++) {
      let priced = cost[j];
      for (let k = starts[j]; k < starts[j + 1]; k++) priced -= y[indices[k]];
      if (priced > 0) total += priced;
    }
    return total;
  };
  return Math.min(bound(1), bound(-1), bound(0));
}
