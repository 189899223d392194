import { FIXED, FREE } from "./compile";
import type { ScheduleState } from "./state";

export type SearchLimits = {
  /** How deep a chain of "move this meeting elsewhere to make room" may go. */
  relocationDepth: number;
  /** Relocation attempts allowed per insertion attempt (keeps the search bounded on big sessions). */
  relocationBudget: number;
  /** How many times an ejected meeting may in turn push others out to get back in. */
  ejectionDepth: number;
  /** Slots tried for an ejected meeting's way back in: the cheapest few to clear. */
  ejectionBreadth: number;
};

const EPSILON = 1e-9;

/**
 * Moves on a schedule. Inserting request r into slot s first tries to move the
 * meetings in the way to other free slots (chains up to `relocationDepth`).
 * Those that cannot move are ejected; each ejected meeting may itself be
 * re-inserted elsewhere the same way (an ejection chain, up to
 * `ejectionDepth`), and cells freed by ejected meetings are refilled from the
 * unplaced requests. The result of a move is its net weight gain.
 */
export function createSearch(state: ScheduleState, limits: SearchLimits) {
  const problem = state.problem;
  const { slotCount, a, b, weight, needsInterpreter, feasible, feasibleMask, requestsOf } = problem;
  const locked = new Uint8Array(problem.requestIds.length);
  let budget = 0;

  const clearCell = (p: number, s: number, depth: number) => {
    const o = state.occupancy[p * slotCount + s];
    if (o === FREE) return true;
    if (o === FIXED) return false;
    return relocate(o, depth);
  };

  const clearInterpreter = (s: number, depth: number) => {
    if (state.interpreterMeetings[s].length < problem.capacity[s]) return true;
    for (const o of [...state.interpreterMeetings[s]].sort((x, y) => x - y)) {
      if (!locked[o] && relocate(o, depth)) return true;
    }
    return false;
  };

  /** Move placed request r to another slot without dropping anyone; on failure the state is as before. */
  function relocate(r: number, depth: number): boolean {
    if (locked[r] || budget <= 0) return false;
    budget--;
    const mark = state.mark();
    const from = state.slotOf[r];
    state.unplace(r);
    locked[r] = 1;
    let done = false;
    for (const t of feasible[r]) {
      if (t !== from && state.canPlace(r, t)) {
        state.place(r, t);
        done = true;
        break;
      }
    }
    if (!done && depth > 0) {
      for (const t of feasible[r]) {
        if (t === from) continue;
        const inner = state.mark();
        if (
          clearCell(a[r], t, depth - 1) &&
          clearCell(b[r], t, depth - 1) &&
          (!needsInterpreter[r] || clearInterpreter(t, depth - 1)) &&
          state.canPlace(r, t)
        ) {
          state.place(r, t);
          done = true;
          break;
        }
        state.rollback(inner);
      }
    }
    locked[r] = 0;
    if (!done) state.rollback(mark);
    return done;
  }

  /** Best unplaced request of participant p that fits slot s right now. */
  const bestFill = (p: number, s: number) => {
    let best = -1;
    for (const r of requestsOf[p]) {
      if (state.slotOf[r] >= 0 || !feasibleMask[r * slotCount + s] || !state.canPlace(r, s)) continue;
      if (best < 0 || weight[r] > weight[best]) best = r;
    }
    return best;
  };

  /** An ejected meeting's way back: its slots ordered by the weight in the way, only the first few. */
  const cheapestSlots = (r: number): number[] => {
    const options: { s: number; cost: number }[] = [];
    for (const s of feasible[r]) {
      let cost = 0;
      for (const p of [a[r], b[r]]) {
        const o = state.occupancy[p * slotCount + s];
        if (o === FIXED || (o >= 0 && locked[o])) cost = Infinity;
        else if (o >= 0) cost += weight[o];
      }
      if (needsInterpreter[r] && state.interpreterMeetings[s].length >= problem.capacity[s]) {
        let cheapest = Infinity;
        for (const o of state.interpreterMeetings[s]) if (!locked[o]) cheapest = Math.min(cheapest, weight[o]);
        cost += cheapest;
      }
      if (cost < weight[r]) options.push({ s, cost });
    }
    options.sort((x, y) => x.cost - y.cost || x.s - y.s);
    return options.slice(0, limits.ejectionBreadth).map((o) => o.s);
  };

  /** Make room for r at s by moving or ejecting; pushes the ejected into `ejected`. False if impossible. */
  const makeRoom = (r: number, s: number, ejected: number[]) => {
    for (const p of [a[r], b[r]]) {
      const o = state.occupancy[p * slotCount + s];
      if (o === FIXED || (o >= 0 && locked[o])) return false;
      if (o >= 0 && !relocate(o, limits.relocationDepth)) {
        state.unplace(o);
        ejected.push(o);
      }
    }
    if (!needsInterpreter[r] || clearInterpreter(s, limits.relocationDepth)) return true;
    let cheapest = -1;
    for (const o of state.interpreterMeetings[s]) {
      if (locked[o]) continue;
      if (cheapest < 0 || weight[o] < weight[cheapest] || (weight[o] === weight[cheapest] && o < cheapest))
        cheapest = o;
    }
    if (cheapest < 0) return false;
    state.unplace(cheapest);
    ejected.push(cheapest);
    return true;
  };

  /** Put unplaced r into s (state changed); returns the net gain, -Infinity if impossible. */
  function insertAt(r: number, s: number, depth: number): number {
    const before = state.total;
    const ejected: number[] = [];
    locked[r] = 1;
    if (!makeRoom(r, s, ejected) || !state.canPlace(r, s)) {
      locked[r] = 0;
      return -Infinity;
    }
    state.place(r, s);
    if (depth > 0) for (const o of ejected) bestInsertion(o, depth - 1, true);
    for (const o of ejected) {
      if (state.slotOf[o] >= 0) continue;
      for (const p of [a[o], b[o]]) {
        const fill = bestFill(p, s);
        if (fill >= 0) state.place(fill, s);
      }
    }
    locked[r] = 0;
    return state.total - before;
  }

  /** Try r in each of its slots and keep the best positive gain (applied if `apply`); returns that gain. */
  function bestInsertion(r: number, depth: number, apply: boolean, freshBudget = false): number {
    if (state.slotOf[r] >= 0 || feasible[r].length === 0) return 0;
    let bestSlot = -1;
    let bestGain = EPSILON;
    for (const s of freshBudget ? feasible[r] : cheapestSlots(r)) {
      const mark = state.mark();
      if (freshBudget) budget = limits.relocationBudget;
      const gain = insertAt(r, s, depth);
      state.rollback(mark);
      if (gain > bestGain + EPSILON) {
        bestGain = gain;
        bestSlot = s;
        if (gain >= weight[r] - EPSILON) break; // nothing lost: cannot do better
      }
    }
    if (bestSlot < 0 || !apply) return 0;
    const mark = state.mark();
    if (freshBudget) budget = limits.relocationBudget;
    const gain = insertAt(r, bestSlot, depth);
    if (gain > EPSILON) return gain;
    state.rollback(mark);
    return 0;
  }

  /** Apply the best gaining insertion of unplaced r, if any; true if the total rose. */
  const insertBest = (r: number): boolean => bestInsertion(r, limits.ejectionDepth, true, true) > EPSILON;

  /** Put r (placed or not) into s whatever it costs; returns the net gain, -Infinity if impossible. */
  const forceAt = (r: number, s: number): number => {
    budget = limits.relocationBudget;
    const before = state.total;
    if (state.slotOf[r] >= 0) state.unplace(r);
    const gain = insertAt(r, s, limits.ejectionDepth);
    return gain === -Infinity ? gain : state.total - before;
  };

  return { insertBest, forceAt };
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
