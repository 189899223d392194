/**
 * The baseline most platforms use today: first come, first served. Each
 * request, in arrival order (problem order), goes into the earliest slot both
 * parties are free, with the first free interpreter on shift when needed.
 */
import type { PlacedMeeting, ScheduleProblem, ScheduleSolution } from "@/lib/scheduling/auto/problem";

export function scheduleFirstComeFirstServed(problem: ScheduleProblem): ScheduleSolution {
  const available = new Map(problem.participants.map((p) => [p.id, new Set(p.available)]));
  const busy = new Set<string>();
  const fixedIds = new Set<string>();
  const meetings: PlacedMeeting[] = [];
  for (const fixed of problem.fixed ?? []) {
    const request = problem.requests.find((r) => r.id === fixed.request)!;
    busy.add(`${request.a}@${fixed.slot}`).add(`${request.b}@${fixed.slot}`);
    if (fixed.interpreter) busy.add(`${fixed.interpreter}@${fixed.slot}`);
    fixedIds.add(fixed.request);
    meetings.push({ ...fixed });
  }
  const unscheduled: string[] = [];
  for (const request of problem.requests) {
    if (fixedIds.has(request.id)) continue;
    let placed = false;
    for (const { id: slot } of problem.slots) {
      if (!available.get(request.a)?.has(slot) || !available.get(request.b)?.has(slot)) continue;
      if (busy.has(`${request.a}@${slot}`) || busy.has(`${request.b}@${slot}`)) continue;
      let interpreter: string | undefined;
      if (request.needsInterpreter) {
        interpreter = problem.interpreters.find((i) => i.available.includes(slot) && !busy.has(`${i.id}@${slot}`))?.id;
        if (!interpreter) continue;
        busy.add(`${interpreter}@${slot}`);
      }
      busy.add(`${request.a}@${slot}`).add(`${request.b}@${slot}`);
      meetings.push(interpreter ? { request: request.id, slot, interpreter } : { request: request.id, slot });
      placed = true;
      break;
    }
    if (!placed) unscheduled.push(request.id);
  }
  return { meetings, unscheduled };
}
