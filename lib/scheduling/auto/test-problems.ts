/** Small hand-made problems for the scheduler's unit tests. */
import { createRandom } from "./random";
import type { ScheduleProblem } from "./problem";

/** n consecutive 20-minute slots s1..sn. */
export function slots(n: number): ScheduleProblem["slots"] {
  return Array.from({ length: n }, (_, i) => {
    const start = Date.UTC(2026, 5, 1, 1) + i * 20 * 60_000;
    return { id: `s${i + 1}`, start: new Date(start).toISOString(), end: new Date(start + 20 * 60_000).toISOString() };
  });
}

/** A random tiny problem (for comparing with brute force). */
export function tinyProblem(seed: number): ScheduleProblem {
  const random = createRandom(seed);
  const slotCount = random.int(2, 3);
  const grid = slots(slotCount);
  const pick = () => grid.filter(() => random.next() < 0.75).map((s) => s.id);
  const participants = Array.from({ length: random.int(3, 5) }, (_, i) => ({ id: `p${i}`, available: pick() }));
  const interpreters = Array.from({ length: random.int(0, 2) }, (_, i) => ({ id: `i${i}`, available: pick() }));
  const requests: ScheduleProblem["requests"] = [];
  for (let k = 0, n = random.int(4, 8); k < n; k++) {
    const a = random.int(0, participants.length - 1);
    let b = random.int(0, participants.length - 2);
    if (b >= a) b++;
    requests.push({
      id: `r${k}`,
      a: `p${a}`,
      b: `p${b}`,
      weight: random.int(1, 20),
      needsInterpreter: random.next() < 0.3,
    });
  }
  return { slots: grid, participants, interpreters, requests };
}

/** The best total weight by trying every assignment (tiny problems only). */
export function bruteForceOptimum(problem: ScheduleProblem): number {
  const fixed = new Set((problem.fixed ?? []).map((f) => f.request));
  const movable = problem.requests.filter((r) => !fixed.has(r.id));
  const available = new Map(problem.participants.map((p) => [p.id, new Set(p.available)]));
  const busy = new Set<string>();
  const interpretersFree = new Map(
    problem.slots.map((s) => [s.id, problem.interpreters.filter((i) => i.available.includes(s.id)).length]),
  );
  for (const f of problem.fixed ?? []) {
    const r = problem.requests.find((x) => x.id === f.request)!;
    busy.add(`${r.a}@${f.slot}`).add(`${r.b}@${f.slot}`);
    if (f.interpreter) interpretersFree.set(f.slot, interpretersFree.get(f.slot)! - 1);
  }
  let best = 0;
  const visit = (k: number, total: number) => {
    if (k === movable.length) {
      best = Math.max(best, total);
      return;
    }
    visit(k + 1, total);
    const r = movable[k];
    for (const { id: s } of problem.slots) {
      if (!available.get(r.a)?.has(s) || !available.get(r.b)?.has(s)) continue;
      if (busy.has(`${r.a}@${s}`) || busy.has(`${r.b}@${s}`)) continue;
      if (r.needsInterpreter && interpretersFree.get(s)! <= 0) continue;
      busy.add(`${r.a}@${s}`).add(`${r.b}@${s}`);
      if (r.needsInterpreter) interpretersFree.set(s, interpretersFree.get(s)! - 1);
      visit(k + 1, total + r.weight);
      busy.delete(`${r.a}@${s}`);
      busy.delete(`${r.b}@${s}`);
      if (r.needsInterpreter) interpretersFree.set(s, interpretersFree.get(s)! + 1);
    }
  };
  visit(0, 0);
  return best;
}

export function placedWeight(problem: ScheduleProblem, meetings: { request: string }[]): number {
  const fixed = new Set((problem.fixed ?? []).map((f) => f.request));
  const weight = new Map(problem.requests.map((r) => [r.id, r.weight]));
  return meetings.reduce((sum, m) => (fixed.has(m.request) ? sum : sum + (weight.get(m.request) ?? 0)), 0);
}
