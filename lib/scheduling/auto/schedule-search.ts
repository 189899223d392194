import { FIXED, FREE, type CompiledProblem } from "./compile";
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
export class ScheduleSearch {
  private readonly problem: CompiledProblem;
  /** Requests a move in progress has taken hold of: nothing else may move them meanwhile. */
  private readonly locked: Uint8Array;
  /** Relocation attempts left for the current insertion. */
  private budget = 0;

  constructor(
    private readonly state: ScheduleState,
    private readonly limits: SearchLimits,
  ) {
    this.problem = state.problem;
    this.locked = new Uint8Array(this.problem.requestIds.length);
  }

  /** Apply the best gaining insertion of unplaced r, if any; true if the total rose. */
  readonly insertBest = (r: number): boolean => this.bestInsertion(r, this.limits.ejectionDepth, true, true) > EPSILON;

  /** Put r (placed or not) into s whatever it costs; returns the net gain, -Infinity if impossible. */
  readonly forceAt = (r: number, s: number): number => {
    const state = this.state;
    this.budget = this.limits.relocationBudget;
    const before = state.total;
    if (state.slotOf[r] >= 0) state.unplace(r);
    const gain = this.insertAt(r, s, this.limits.ejectionDepth);
    return gain === -Infinity ? gain : state.total - before;
  };

  /** Free participant p's cell at s, moving its meeting if needed; false when it cannot be freed. */
  private clearCell(p: number, s: number, depth: number): boolean {
    const o = this.state.occupancy[p * this.problem.slotCount + s];
    if (o === FREE) return true;
    if (o === FIXED) return false;
    return this.relocate(o, depth);
  }

  /** Free an interpreter at s by moving one of the meetings holding them. */
  private clearInterpreter(s: number, depth: number): boolean {
    const holding = this.state.interpreterMeetings[s];
    if (holding.length < this.problem.capacity[s]) return true;
    for (const o of [...holding].sort((x, y) => x - y)) {
      if (!this.locked[o] && this.relocate(o, depth)) return true;
    }
    return false;
  }

  /** Move placed request r to another slot without dropping anyone; on failure the state is as before. */
  private relocate(r: number, depth: number): boolean {
    if (this.locked[r] || this.budget <= 0) return false;
    this.budget--;
    const state = this.state;
    const mark = state.mark();
    const from = state.slotOf[r];
    state.unplace(r);
    this.locked[r] = 1;
    const done = this.moveToFreeSlot(r, from) || (depth > 0 && this.moveClearingWay(r, from, depth));
    this.locked[r] = 0;
    if (!done) state.rollback(mark);
    return done;
  }

  /** Place r in its first feasible slot other than `from` that is free as it is. */
  private moveToFreeSlot(r: number, from: number): boolean {
    for (const t of this.problem.feasible[r]) {
      if (t !== from && this.state.canPlace(r, t)) {
        this.state.place(r, t);
        return true;
      }
    }
    return false;
  }

  /** Place r in the first slot other than `from` whose way can be cleared by moving others (one level less deep). */
  private moveClearingWay(r: number, from: number, depth: number): boolean {
    const { a, b, needsInterpreter, feasible } = this.problem;
    const state = this.state;
    for (const t of feasible[r]) {
      if (t === from) continue;
      const inner = state.mark();
      if (
        this.clearCell(a[r], t, depth - 1) &&
        this.clearCell(b[r], t, depth - 1) &&
        (!needsInterpreter[r] || this.clearInterpreter(t, depth - 1)) &&
        state.canPlace(r, t)
      ) {
        state.place(r, t);
        return true;
      }
      state.rollback(inner);
    }
    return false;
  }

  /** Best unplaced request of participant p that fits slot s right now. */
  private bestFill(p: number, s: number): number {
    const { requestsOf, feasibleMask, slotCount, weight } = this.problem;
    let best = -1;
    for (const r of requestsOf[p]) {
      if (this.state.slotOf[r] >= 0 || !feasibleMask[r * slotCount + s] || !this.state.canPlace(r, s)) continue;
      if (best < 0 || weight[r] > weight[best]) best = r;
    }
    return best;
  }

  /** An ejected meeting's way back: its slots ordered by the weight in the way, only the first few. */
  private cheapestSlots(r: number): number[] {
    const { a, b, feasible, slotCount, weight, needsInterpreter, capacity } = this.problem;
    const state = this.state;
    const options: { s: number; cost: number }[] = [];
    for (const s of feasible[r]) {
      let cost = 0;
      for (const p of [a[r], b[r]]) {
        const o = state.occupancy[p * slotCount + s];
        if (o === FIXED || (o >= 0 && this.locked[o])) cost = Infinity;
        else if (o >= 0) cost += weight[o];
      }
      if (needsInterpreter[r] && state.interpreterMeetings[s].length >= capacity[s]) {
        let cheapest = Infinity;
        for (const o of state.interpreterMeetings[s]) if (!this.locked[o]) cheapest = Math.min(cheapest, weight[o]);
        cost += cheapest;
      }
      if (cost < weight[r]) options.push({ s, cost });
    }
    options.sort((x, y) => x.cost - y.cost || x.s - y.s);
    return options.slice(0, this.limits.ejectionBreadth).map((o) => o.s);
  }

  /** Make room for r at s by moving or ejecting; pushes the ejected into `ejected`. False if impossible. */
  private makeRoom(r: number, s: number, ejected: number[]): boolean {
    const { a, b, slotCount, needsInterpreter } = this.problem;
    const state = this.state;
    for (const p of [a[r], b[r]]) {
      const o = state.occupancy[p * slotCount + s];
      if (o === FIXED || (o >= 0 && this.locked[o])) return false;
      if (o >= 0 && !this.relocate(o, this.limits.relocationDepth)) {
        state.unplace(o);
        ejected.push(o);
      }
    }
    if (!needsInterpreter[r] || this.clearInterpreter(s, this.limits.relocationDepth)) return true;
    const cheapest = this.cheapestInterpreterMeeting(s);
    if (cheapest < 0) return false;
    state.unplace(cheapest);
    ejected.push(cheapest);
    return true;
  }

  /** The lightest meeting holding an interpreter at s that may be ejected (smallest index on ties), or -1. */
  private cheapestInterpreterMeeting(s: number): number {
    const weight = this.problem.weight;
    let cheapest = -1;
    for (const o of this.state.interpreterMeetings[s]) {
      if (this.locked[o]) continue;
      if (cheapest < 0 || weight[o] < weight[cheapest] || (weight[o] === weight[cheapest] && o < cheapest))
        cheapest = o;
    }
    return cheapest;
  }

  /** Put unplaced r into s (state changed); returns the net gain, -Infinity if impossible. */
  private insertAt(r: number, s: number, depth: number): number {
    const state = this.state;
    const before = state.total;
    const ejected: number[] = [];
    this.locked[r] = 1;
    if (!this.makeRoom(r, s, ejected) || !state.canPlace(r, s)) {
      this.locked[r] = 0;
      return -Infinity;
    }
    state.place(r, s);
    if (depth > 0) for (const o of ejected) this.bestInsertion(o, depth - 1, true);
    this.refillAfterEjection(ejected, s);
    this.locked[r] = 0;
    return state.total - before;
  }

  /** Cells at s freed by ejected meetings that found no way back go to the best unplaced request that fits. */
  private refillAfterEjection(ejected: number[], s: number): void {
    const { a, b } = this.problem;
    for (const o of ejected) {
      if (this.state.slotOf[o] >= 0) continue;
      for (const p of [a[o], b[o]]) {
        const fill = this.bestFill(p, s);
        if (fill >= 0) this.state.place(fill, s);
      }
    }
  }

  /** Try r in each of its slots and keep the best positive gain (applied if `apply`); returns that gain. */
  private bestInsertion(r: number, depth: number, apply: boolean, freshBudget = false): number {
    const state = this.state;
    if (state.slotOf[r] >= 0 || this.problem.feasible[r].length === 0) return 0;
    let bestSlot = -1;
    let bestGain = EPSILON;
    for (const s of freshBudget ? this.problem.feasible[r] : this.cheapestSlots(r)) {
      const mark = state.mark();
      if (freshBudget) this.budget = this.limits.relocationBudget;
      const gain = this.insertAt(r, s, depth);
      state.rollback(mark);
      if (gain > bestGain + EPSILON) {
        bestGain = gain;
        bestSlot = s;
        if (gain >= this.problem.weight[r] - EPSILON) break; // nothing lost: cannot do better
      }
    }
    if (bestSlot < 0 || !apply) return 0;
    const mark = state.mark();
    if (freshBudget) this.budget = this.limits.relocationBudget;
    const gain = this.insertAt(r, bestSlot, depth);
    if (gain > EPSILON) return gain;
    state.rollback(mark);
    return 0;
  }
}
