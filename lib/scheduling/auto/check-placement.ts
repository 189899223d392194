import type { Conflict, PlacedMeeting, ScheduleProblem, ScheduleSolution } from "./problem";

/** A hand move in the draft: put `request` into `slot` (with `interpreter` where one is needed). */
export type PlacementMove = { request: string; slot: string; interpreter?: string };

/**
 * The conflicts a hand move would cause, for the console's live check. Only the
 * moved meeting is judged, against the rest of the draft (its own current
 * place does not count). Empty means the move is safe.
 */
export function checkPlacement(problem: ScheduleProblem, solution: ScheduleSolution, move: PlacementMove): Conflict[] {
  const { request: id, slot, interpreter } = move;
  const request = problem.requests.find((r) => r.id === id);
  if (!request) return [{ kind: "unknownRequest", request: id }];
  const fixed = problem.fixed?.find((f) => f.request === id);
  if (fixed && (fixed.slot !== slot || fixed.interpreter !== interpreter)) {
    return [{ kind: "fixedMoved", request: id, slot, interpreter }];
  }
  if (!problem.slots.some((s) => s.id === slot)) return [{ kind: "unknownSlot", request: id, slot }];

  const conflicts: Conflict[] = [];
  const others = solution.meetings.filter((m) => m.request !== id && m.slot === slot);
  const partiesOf = new Map(problem.requests.map((r) => [r.id, [r.a, r.b]]));
  for (const participant of [request.a, request.b]) {
    const person = problem.participants.find((p) => p.id === participant);
    if (!person?.available.includes(slot))
      conflicts.push({ kind: "participantUnavailable", request: id, slot, participant });
    if (others.some((m) => partiesOf.get(m.request)?.includes(participant))) {
      conflicts.push({ kind: "participantDoubleBooked", request: id, slot, participant });
    }
  }
  if (!request.needsInterpreter) {
    if (interpreter !== undefined) conflicts.push({ kind: "interpreterUnneeded", request: id, slot, interpreter });
    return conflicts;
  }
  if (interpreter === undefined) return [...conflicts, { kind: "interpreterMissing", request: id, slot }];
  const person = problem.interpreters.find((i) => i.id === interpreter);
  if (!person) return [...conflicts, { kind: "unknownInterpreter", request: id, slot, interpreter }];
  if (!person.available.includes(slot))
    conflicts.push({ kind: "interpreterUnavailable", request: id, slot, interpreter });
  if (others.some((m) => m.interpreter === interpreter)) {
    conflicts.push({ kind: "interpreterDoubleBooked", request: id, slot, interpreter });
  }
  return conflicts;
}

/** The draft after a hand move (the request leaves `unscheduled` or its old slot). Does not check: call checkPlacement. */
export function applyPlacement(solution: ScheduleSolution, move: PlacementMove): ScheduleSolution {
  const meeting: PlacedMeeting =
    move.interpreter === undefined ? { request: move.request, slot: move.slot } : { ...move };
  const index = solution.meetings.findIndex((m) => m.request === move.request);
  const meetings =
    index < 0 ? [...solution.meetings, meeting] : solution.meetings.map((m, i) => (i === index ? meeting : m));
  return { meetings, unscheduled: solution.unscheduled.filter((r) => r !== move.request) };
}

/** The draft with a meeting dropped by hand: it goes back to `unscheduled`. Fixed meetings cannot be dropped here. */
export function dropPlacement(problem: ScheduleProblem, solution: ScheduleSolution, request: string): ScheduleSolution {
  if (problem.fixed?.some((f) => f.request === request)) return solution;
  if (!solution.meetings.some((m) => m.request === request)) return solution;
  return {
    meetings: solution.meetings.filter((m) => m.request !== request),
    unscheduled: [...solution.unscheduled, request],
  };
}
