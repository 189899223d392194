import type { PlacedMeeting, ScheduleProblem } from "./problem";

/**
 * Interpreters are interchangeable apart from their shifts, and shifts are per
 * slot, so the solver only counts interpreter meetings per slot; concrete
 * interpreters are matched slot by slot afterwards. That always succeeds while
 * the count stays within the free interpreters on shift. Within a slot the
 * least-loaded interpreter goes first, so the work is spread fairly.
 */
export function assignInterpreters(problem: ScheduleProblem, meetings: PlacedMeeting[]): PlacedMeeting[] {
  const needs = new Set(problem.requests.filter((r) => r.needsInterpreter).map((r) => r.id));
  const taken = new Set<string>();
  const load = new Map<string, number>();
  for (const fixed of problem.fixed ?? []) {
    if (!fixed.interpreter) continue;
    taken.add(`${fixed.interpreter}@${fixed.slot}`);
    load.set(fixed.interpreter, (load.get(fixed.interpreter) ?? 0) + 1);
  }
  const bySlot = new Map<string, PlacedMeeting[]>();
  for (const meeting of meetings) {
    if (!needs.has(meeting.request) || meeting.interpreter) continue;
    const list = bySlot.get(meeting.slot) ?? [];
    list.push(meeting);
    bySlot.set(meeting.slot, list);
  }
  const assigned = new Map<PlacedMeeting, string>();
  for (const slot of problem.slots) {
    const list = bySlot.get(slot.id);
    if (!list) continue;
    const free = problem.interpreters
      .map((interpreter, order) => ({ id: interpreter.id, order }))
      .filter(
        ({ id }, order) => problem.interpreters[order].available.includes(slot.id) && !taken.has(`${id}@${slot.id}`),
      );
    for (const meeting of [...list].sort((x, y) => (x.request < y.request ? -1 : 1))) {
      free.sort((x, y) => (load.get(x.id) ?? 0) - (load.get(y.id) ?? 0) || x.order - y.order);
      const interpreter = free.shift();
      if (!interpreter) continue; // only for an over-full slot, which the solver never produces
      assigned.set(meeting, interpreter.id);
      load.set(interpreter.id, (load.get(interpreter.id) ?? 0) + 1);
    }
  }
  return meetings.map((m) => (assigned.has(m) ? { ...m, interpreter: assigned.get(m) } : m));
}

/**
 * A free interpreter for a slot in a (draft) solution: on shift, not in another
 * meeting there. The least-loaded one, so hand moves keep the load even.
 * `ignoreRequest` frees the interpreter of the meeting being moved.
 */
export function pickFreeInterpreter(
  problem: ScheduleProblem,
  meetings: PlacedMeeting[],
  slot: string,
  ignoreRequest?: string,
): string | null {
  const busy = new Set<string>();
  const load = new Map<string, number>();
  for (const meeting of meetings) {
    if (!meeting.interpreter || meeting.request === ignoreRequest) continue;
    load.set(meeting.interpreter, (load.get(meeting.interpreter) ?? 0) + 1);
    if (meeting.slot === slot) busy.add(meeting.interpreter);
  }
  let best: string | null = null;
  for (const interpreter of problem.interpreters) {
    if (busy.has(interpreter.id) || !interpreter.available.includes(slot)) continue;
    if (best === null || (load.get(interpreter.id) ?? 0) < (load.get(best) ?? 0)) best = interpreter.id;
  }
  return best;
}
