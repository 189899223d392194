import type { ScheduleProblem, ScheduleSolution, UnscheduledReason } from "./problem";

/**
 * Why each unscheduled request is not placed, most fundamental reason first:
 * the parties share no free slot at all (fixed meetings count as busy), or they
 * do but no interpreter is on shift and free in any of them, or else every
 * usable slot went to meetings that weigh more.
 */
export function explainUnscheduled(
  problem: ScheduleProblem,
  solution: ScheduleSolution,
): Record<string, UnscheduledReason> {
  const requests = new Map(problem.requests.map((r) => [r.id, r]));
  const available = new Map(problem.participants.map((p) => [p.id, new Set(p.available)]));
  const booked = new Set<string>();
  for (const fixed of problem.fixed ?? []) {
    const request = requests.get(fixed.request);
    if (request) booked.add(`${request.a}\u0000${fixed.slot}`).add(`${request.b}\u0000${fixed.slot}`);
    if (fixed.interpreter) booked.add(`${fixed.interpreter}\u0000${fixed.slot}`);
  }
  const free = (who: string, slot: string) => !booked.has(`${who}\u0000${slot}`);
  // Slots where at least one interpreter is on shift and not in a fixed meeting.
  const interpreterSlots = new Set(problem.interpreters.flatMap((i) => i.available.filter((slot) => free(i.id, slot))));
  const reasons: Record<string, UnscheduledReason> = {};
  for (const id of solution.unscheduled) {
    const request = requests.get(id);
    if (!request) continue;
    const common = problem.slots
      .map((s) => s.id)
      .filter(
        (slot) =>
          available.get(request.a)?.has(slot) &&
          available.get(request.b)?.has(slot) &&
          free(request.a, slot) &&
          free(request.b, slot),
      );
    if (common.length === 0) reasons[id] = "noCommonSlot";
    else if (request.needsInterpreter && !common.some((slot) => interpreterSlots.has(slot)))
      reasons[id] = "noInterpreter";
    else reasons[id] = "slotsTaken";
  }
  return reasons;
}
