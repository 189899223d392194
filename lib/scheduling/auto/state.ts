import { FREE, type CompiledProblem } from "./compile";

/**
 * A mutable partial schedule with an undo log: the search tries a chain of
 * moves, and rolls back to a mark if the chain does not pay off.
 */
export class ScheduleState {
  readonly occupancy: Int32Array;
  readonly slotOf: Int32Array;
  readonly interpretersUsed: Int32Array;
  /** Per slot: the interpreter-needing requests placed there. */
  readonly interpreterMeetings: number[][];
  total = 0;
  /** Per participant: the change counter when their schedule last changed (lets the search skip unchanged requests). */
  readonly changedAt: Float64Array;
  changes = 0;
  private readonly log: number[] = []; // pairs (request, previous slot)

  constructor(readonly problem: CompiledProblem) {
    this.occupancy = problem.baseOccupancy.slice();
    this.slotOf = new Int32Array(problem.requestIds.length).fill(-1);
    this.interpretersUsed = new Int32Array(problem.slotCount);
    this.interpreterMeetings = Array.from({ length: problem.slotCount }, () => []);
    this.changedAt = new Float64Array(problem.participantCount);
  }

  canPlace(r: number, s: number): boolean {
    const { a, b, slotCount, needsInterpreter, capacity } = this.problem;
    return (
      this.occupancy[a[r] * slotCount + s] === FREE &&
      this.occupancy[b[r] * slotCount + s] === FREE &&
      (!needsInterpreter[r] || this.interpretersUsed[s] < capacity[s])
    );
  }

  place(r: number, s: number) {
    this.log.push(r, -1);
    this.setSlot(r, s);
  }

  unplace(r: number) {
    this.log.push(r, this.slotOf[r]);
    this.setSlot(r, -1);
  }

  mark(): number {
    return this.log.length;
  }

  rollback(mark: number) {
    while (this.log.length > mark) {
      const previous = this.log.pop()!;
      const r = this.log.pop()!;
      this.setSlot(r, previous);
    }
  }

  /** Return to a saved placement (a copy of slotOf), committed. */
  restore(slots: Int32Array) {
    for (let r = 0; r < slots.length; r++) if (this.slotOf[r] >= 0 && this.slotOf[r] !== slots[r]) this.unplace(r);
    for (let r = 0; r < slots.length; r++) if (slots[r] >= 0 && this.slotOf[r] !== slots[r]) this.place(r, slots[r]);
    this.commit();
  }

  /** Accept the moves since the last commit for good: forget their undo history, note who changed. */
  commit() {
    const { a, b } = this.problem;
    for (let k = 0; k < this.log.length; k += 2) {
      const r = this.log[k];
      this.changedAt[a[r]] = this.changedAt[b[r]] = ++this.changes;
    }
    this.log.length = 0;
  }

  private setSlot(r: number, s: number) {
    const { a, b, slotCount, needsInterpreter, weight } = this.problem;
    const from = this.slotOf[r];
    if (from === s) return;
    if (from >= 0) {
      this.occupancy[a[r] * slotCount + from] = FREE;
      this.occupancy[b[r] * slotCount + from] = FREE;
      this.total -= weight[r];
      if (needsInterpreter[r]) {
        this.interpretersUsed[from]--;
        const list = this.interpreterMeetings[from];
        const at = list.indexOf(r);
        list[at] = list[list.length - 1];
        list.pop();
      }
    }
    this.slotOf[r] = s;
    if (s >= 0) {
      this.occupancy[a[r] * slotCount + s] = r;
      this.occupancy[b[r] * slotCount + s] = r;
      this.total += weight[r];
      if (needsInterpreter[r]) {
        this.interpretersUsed[s]++;
        this.interpreterMeetings[s].push(r);
      }
    }
  }
}
