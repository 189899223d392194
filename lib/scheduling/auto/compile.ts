import type { ScheduleProblem } from "./problem";

/** Cell value in the occupancy grid: free, or taken by a fixed meeting (else a request index). */
export const FREE = -1;
export const FIXED = -2;

/**
 * The problem in the solver's working form: dense indices and typed arrays, so
 * the search never touches strings or Maps. Fixed meetings are folded in as
 * permanently taken cells and used-up interpreter capacity.
 */
export type CompiledProblem = {
  slotCount: number;
  participantCount: number;
  /** Only the movable (non-fixed) requests, in the problem's order. */
  requestIds: string[];
  a: Int32Array;
  b: Int32Array;
  weight: Float64Array;
  needsInterpreter: Uint8Array;
  /** Per request: slots where both parties are available and not in a fixed meeting (and, if needed, an interpreter is on shift). */
  feasible: Int32Array[];
  /** request * slotCount + slot -> 1 if feasible. */
  feasibleMask: Uint8Array;
  /** Per participant: indices of the movable requests they are in. */
  requestsOf: Int32Array[];
  /** Interpreters on shift per slot, minus those already in fixed meetings. */
  capacity: Int32Array;
  /** participant * slotCount + slot -> FIXED where a fixed meeting already holds them, FREE otherwise. */
  baseOccupancy: Int32Array;
};

export function compileProblem(problem: ScheduleProblem): CompiledProblem {
  const slotIndex = new Map(problem.slots.map((slot, index) => [slot.id, index]));
  const slotCount = problem.slots.length;
  const participantIndex = new Map(problem.participants.map((p, index) => [p.id, index]));
  const participantCount = problem.participants.length;
  const available = new Uint8Array(participantCount * slotCount);
  problem.participants.forEach((p, index) => {
    for (const slot of p.available) {
      const s = slotIndex.get(slot);
      if (s !== undefined) available[index * slotCount + s] = 1;
    }
  });
  const capacity = new Int32Array(slotCount);
  const onShift = new Set<string>();
  for (const interpreter of problem.interpreters) {
    for (const slot of new Set(interpreter.available)) {
      const s = slotIndex.get(slot);
      if (s === undefined) continue;
      capacity[s]++;
      onShift.add(`${interpreter.id}@${slot}`);
    }
  }

  const baseOccupancy = new Int32Array(participantCount * slotCount).fill(FREE);
  const requestById = new Map(problem.requests.map((r) => [r.id, r]));
  const fixedIds = new Set<string>();
  const fixedInterpreterCells = new Set<string>();
  for (const meeting of problem.fixed ?? []) {
    fixedIds.add(meeting.request);
    const s = slotIndex.get(meeting.slot);
    const request = requestById.get(meeting.request);
    if (s === undefined || !request) continue;
    for (const party of [request.a, request.b]) {
      const p = participantIndex.get(party);
      if (p !== undefined) baseOccupancy[p * slotCount + s] = FIXED;
    }
    const cell = `${meeting.interpreter}@${meeting.slot}`;
    if (meeting.interpreter && onShift.has(cell) && !fixedInterpreterCells.has(cell)) {
      fixedInterpreterCells.add(cell);
      capacity[s]--;
    }
  }

  const movable = problem.requests.filter((r) => !fixedIds.has(r.id));
  const count = movable.length;
  const compiled: CompiledProblem = {
    slotCount,
    participantCount,
    requestIds: movable.map((r) => r.id),
    a: new Int32Array(count),
    b: new Int32Array(count),
    weight: new Float64Array(count),
    needsInterpreter: new Uint8Array(count),
    feasible: [],
    feasibleMask: new Uint8Array(count * slotCount),
    requestsOf: [],
    capacity,
    baseOccupancy,
  };
  const requestsOf: number[][] = Array.from({ length: participantCount }, () => []);
  movable.forEach((request, r) => {
    const a = participantIndex.get(request.a) ?? -1;
    const b = participantIndex.get(request.b) ?? -1;
    compiled.a[r] = a;
    compiled.b[r] = b;
    compiled.weight[r] = request.weight;
    compiled.needsInterpreter[r] = request.needsInterpreter ? 1 : 0;
    const slots: number[] = [];
    if (a >= 0 && b >= 0 && a !== b) {
      requestsOf[a].push(r);
      requestsOf[b].push(r);
      for (let s = 0; s < slotCount; s++) {
        const ca = a * slotCount + s;
        const cb = b * slotCount + s;
        if (!available[ca] || !available[cb] || baseOccupancy[ca] === FIXED || baseOccupancy[cb] === FIXED) continue;
        if (request.needsInterpreter && capacity[s] <= 0) continue;
        slots.push(s);
        compiled.feasibleMask[r * slotCount + s] = 1;
      }
    }
    compiled.feasible.push(Int32Array.from(slots));
  });
  compiled.requestsOf = requestsOf.map((list) => Int32Array.from(list));
  return compiled;
}
