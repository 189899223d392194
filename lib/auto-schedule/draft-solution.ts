import type { PlacedMeeting, ScheduleProblem, ScheduleSolution } from "@/lib/scheduling/auto/problem";

type Item = { problemRequestId: string; status: string; slotId: string | null; interpreterId: string | null };

/** A draft's current state as a solution of its problem: the fixed meetings plus every placed item. */
export function draftSolution(problem: ScheduleProblem, items: Item[]): ScheduleSolution {
  const placed: PlacedMeeting[] = items
    .filter((item) => item.status === "PLACED" && item.slotId)
    .map((item) => ({
      request: item.problemRequestId,
      slot: item.slotId!,
      ...(item.interpreterId ? { interpreter: item.interpreterId } : {}),
    }));
  const unscheduled = items.filter((item) => item.status !== "PLACED").map((item) => item.problemRequestId);
  return { meetings: [...(problem.fixed ?? []), ...placed], unscheduled };
}

/**
 * The interpreter for a request moved to `slot`: its current one when still on
 * shift and free there, else the first on shift and free (problem order), else none.
 */
export function interpreterFor(
  problem: ScheduleProblem,
  solution: ScheduleSolution,
  requestId: string,
  slot: string,
  current: string | null,
): string | undefined {
  const busy = new Set(
    solution.meetings.filter((m) => m.slot === slot && m.request !== requestId).map((m) => m.interpreter),
  );
  const free = problem.interpreters.filter((i) => i.available.includes(slot) && !busy.has(i.id)).map((i) => i.id);
  if (current && free.includes(current)) return current;
  return free[0];
}
