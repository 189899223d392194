import type { Conflict, ScheduleProblem, ScheduleSolution } from "./problem";

/**
 * Independent checker of a schedule against its problem. Written separately
 * from the solver on purpose (plain Maps and Sets over the ids, no shared
 * indexing), so a solver bug cannot hide itself. Conflicts come in meeting order.
 */
export function validateSolution(problem: ScheduleProblem, solution: ScheduleSolution): Conflict[] {
  const conflicts: Conflict[] = [];
  const requests = new Map(problem.requests.map((r) => [r.id, r]));
  const slots = new Set(problem.slots.map((s) => s.id));
  const participantSlots = new Map(problem.participants.map((p) => [p.id, new Set(p.available)]));
  const interpreterSlots = new Map(problem.interpreters.map((i) => [i.id, new Set(i.available)]));
  const seen = new Set<string>();
  const participantAt = new Set<string>();
  const interpreterAt = new Set<string>();

  for (const meeting of solution.meetings) {
    const { request: id, slot, interpreter } = meeting;
    const request = requests.get(id);
    if (!request) {
      conflicts.push({ kind: "unknownRequest", request: id });
      continue;
    }
    if (seen.has(id)) {
      conflicts.push({ kind: "duplicateRequest", request: id, slot });
      continue;
    }
    seen.add(id);
    if (!slots.has(slot)) {
      conflicts.push({ kind: "unknownSlot", request: id, slot });
      continue;
    }
    for (const participant of [request.a, request.b]) {
      if (!participantSlots.get(participant)?.has(slot)) {
        conflicts.push({ kind: "participantUnavailable", request: id, slot, participant });
      }
      const cell = `${participant}\u0000${slot}`;
      if (participantAt.has(cell)) conflicts.push({ kind: "participantDoubleBooked", request: id, slot, participant });
      participantAt.add(cell);
    }
    if (!request.needsInterpreter) {
      if (interpreter !== undefined) conflicts.push({ kind: "interpreterUnneeded", request: id, slot, interpreter });
      continue;
    }
    if (interpreter === undefined) {
      conflicts.push({ kind: "interpreterMissing", request: id, slot });
      continue;
    }
    const shift = interpreterSlots.get(interpreter);
    if (!shift) {
      conflicts.push({ kind: "unknownInterpreter", request: id, slot, interpreter });
      continue;
    }
    if (!shift.has(slot)) conflicts.push({ kind: "interpreterUnavailable", request: id, slot, interpreter });
    const cell = `${interpreter}\u0000${slot}`;
    if (interpreterAt.has(cell)) conflicts.push({ kind: "interpreterDoubleBooked", request: id, slot, interpreter });
    interpreterAt.add(cell);
  }

  const placed = new Map(solution.meetings.map((m) => [m.request, m]));
  for (const fixed of problem.fixed ?? []) {
    const meeting = placed.get(fixed.request);
    if (!meeting) conflicts.push({ kind: "fixedMissing", request: fixed.request, slot: fixed.slot });
    else if (meeting.slot !== fixed.slot || meeting.interpreter !== fixed.interpreter) {
      conflicts.push({
        kind: "fixedMoved",
        request: fixed.request,
        slot: meeting.slot,
        interpreter: meeting.interpreter,
      });
    }
  }
  return conflicts;
}
