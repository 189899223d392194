/**
 * Auto-scheduler benchmark (issue 6). For each size and seed: generate an
 * instance, run solveSchedule (median of 3 timed runs after one warm-up),
 * check it with the independent validator, and compare its placed weight with
 * first come, first served and with HiGHS: the integer optimum for S and M,
 * the LP relaxation bound for L. Exits 1 on any conflict or nondeterminism.
 *
 *   npm run bench:scheduler [-- --sizes S,M,L --seeds 5,5,3 --milp-seconds 120 --out file.md]
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { solveSchedule } from "@/lib/scheduling/auto/solve";
import { validateSolution } from "@/lib/scheduling/auto/validate";
import { assignInterpreters } from "@/lib/scheduling/auto/interpreters";
import type { ScheduleProblem, ScheduleSolution } from "@/lib/scheduling/auto/problem";
import { generateInstance, INSTANCE_SIZES } from "./scheduler-generate";
import { scheduleFirstComeFirstServed } from "./scheduler-fcfs";
import { solveReference } from "./scheduler-milp";

const { values: args } = parseArgs({
  options: {
    sizes: { type: "string", default: "S,M,L" },
    seeds: { type: "string", default: "5,5,3" },
    "milp-seconds": { type: "string", default: "300" },
    "no-reference": { type: "boolean", default: false },
    out: { type: "string" },
  },
});

type Row = {
  size: string;
  seed: number;
  requests: number;
  weight: number;
  reference: number;
  referenceKind: string;
  referenceSeconds: number;
  ms: number;
  cpuMs: number;
  fcfs: number;
  conflicts: number;
};

/** Weight placed beyond the fixed meetings (the part any scheduler decides). */
function placedWeight(problem: ScheduleProblem, solution: ScheduleSolution) {
  const weight = new Map(problem.requests.map((r) => [r.id, r.weight]));
  const fixed = new Set((problem.fixed ?? []).map((f) => f.request));
  return solution.meetings.reduce((sum, m) => (fixed.has(m.request) ? sum : sum + (weight.get(m.request) ?? 0)), 0);
}

/** Every movable request is either placed or listed as unscheduled, never both. */
function accountingErrors(problem: ScheduleProblem, solution: ScheduleSolution) {
  const fixed = new Set((problem.fixed ?? []).map((f) => f.request));
  const placed = new Set(solution.meetings.map((m) => m.request));
  const unscheduled = new Set(solution.unscheduled);
  return problem.requests.filter((r) => !fixed.has(r.id) && placed.has(r.id) === unscheduled.has(r.id)).length;
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
const pct = (part: number, whole: number) => (whole > 0 ? ((100 * part) / whole).toFixed(2) : "-");

async function main() {
  const sizes = args.sizes.split(",") as (keyof typeof INSTANCE_SIZES)[];
  const seedCounts = args.seeds.split(",").map(Number);
  const loadBefore = os.loadavg();
  const rows: Row[] = [];
  let failed = false;
  for (const [k, size] of sizes.entries()) {
    for (let seed = 1; seed <= (seedCounts[k] ?? seedCounts[0]); seed++) {
      const problem = generateInstance(INSTANCE_SIZES[size], seed);
      const warm = solveSchedule(problem);
      const times: number[] = [];
      const cpuTimes: number[] = [];
      let solution = warm;
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        const cpuBefore = process.cpuUsage();
        solution = solveSchedule(problem);
        times.push(performance.now() - started);
        const cpu = process.cpuUsage(cpuBefore);
        cpuTimes.push((cpu.user + cpu.system) / 1000);
      }
      const deterministic = JSON.stringify(solution) === JSON.stringify(warm);
      const conflicts = validateSolution(problem, solution).length + accountingErrors(problem, solution);
      const fcfs = scheduleFirstComeFirstServed(problem);
      const fcfsConflicts = validateSolution(problem, fcfs).length;
      if (conflicts > 0 || fcfsConflicts > 0 || !deterministic) failed = true;
      const relax = size === "L";
      const reference = args["no-reference"]
        ? { bound: NaN, objective: NaN, seconds: 0, status: "skipped" }
        : await solveReference(problem, { relax, timeLimitSeconds: Number(args["milp-seconds"]) });
      const exact = !relax && Math.abs(reference.bound - reference.objective) < 0.5;
      if (!relax && "chosen" in reference) {
        // The pooled-interpreter model must be exact: its optimum, given concrete interpreters, must validate.
        const optimum = {
          meetings: [...(problem.fixed ?? []), ...assignInterpreters(problem, reference.chosen)],
          unscheduled: [],
        };
        const optimumConflicts = validateSolution(problem, optimum).length;
        if (optimumConflicts > 0) {
          console.error(`${size} seed ${seed}: the HiGHS solution has ${optimumConflicts} conflicts`);
          failed = true;
        }
      }
      const row: Row = {
        size,
        seed,
        requests: problem.requests.length,
        weight: placedWeight(problem, solution),
        reference: relax || !exact ? reference.bound : reference.objective,
        referenceKind: relax ? "LP bound" : exact ? "optimum" : `MILP bound (incumbent ${reference.objective})`,
        referenceSeconds: reference.seconds,
        ms: median(times),
        cpuMs: median(cpuTimes),
        fcfs: placedWeight(problem, fcfs),
        conflicts: conflicts + fcfsConflicts + (deterministic ? 0 : 1),
      };
      rows.push(row);
      console.log(
        `${size} seed ${seed}: solver ${row.weight} = ${pct(row.weight, row.reference)}% of ${row.referenceKind} ${row.reference.toFixed(1)} ` +
          `in ${row.ms.toFixed(1)} ms (CPU ${row.cpuMs.toFixed(1)} ms); FCFS ${row.fcfs} = ${pct(row.fcfs, row.reference)}%; reference ${reference.status} ${reference.seconds.toFixed(1)} s; ` +
          `conflicts ${row.conflicts}${deterministic ? "" : " NONDETERMINISTIC"}`,
      );
    }
  }
  const table = [
    "| size | seed | requests | solver weight | % of reference | reference | solver ms | solver CPU ms | FCFS weight | FCFS % | HiGHS s | conflicts |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ...rows.map(
      (r) =>
        `| ${r.size} | ${r.seed} | ${r.requests} | ${r.weight} | ${pct(r.weight, r.reference)} | ${r.referenceKind} ${r.reference.toFixed(1)} | ` +
        `${r.ms.toFixed(1)} | ${r.cpuMs.toFixed(1)} | ${r.fcfs} | ${pct(r.fcfs, r.reference)} | ${r.referenceSeconds.toFixed(1)} | ${r.conflicts} |`,
    ),
  ].join("\n");
  const summary = sizes.map((size) => {
    const of = rows.filter((r) => r.size === size);
    const ratios = of.map((r) => (100 * r.weight) / r.reference);
    const fcfs = of.map((r) => (100 * r.fcfs) / r.reference);
    return (
      `- ${size}: solver ${Math.min(...ratios).toFixed(2)}% (worst seed) / ${(ratios.reduce((x, y) => x + y, 0) / of.length).toFixed(2)}% (mean) ` +
      `of ${of[0]?.referenceKind.startsWith("LP") ? "the LP bound" : "the optimum"}, slowest ${Math.max(...of.map((r) => r.ms)).toFixed(0)} ms ` +
      `(CPU ${Math.max(...of.map((r) => r.cpuMs)).toFixed(0)} ms); FCFS ${(fcfs.reduce((x, y) => x + y, 0) / of.length).toFixed(2)}% (mean)`
    );
  });
  const loadAfter = os.loadavg();
  const footer =
    `Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}); ` +
    `load average before ${loadBefore.map((l) => l.toFixed(2)).join(" ")}, after ${loadAfter.map((l) => l.toFixed(2)).join(" ")}.`;
  const report = `${table}\n\n${summary.join("\n")}\n\n${footer}\n`;
  console.log(`\n${report}`);
  if (args.out) writeFileSync(args.out, report);
  if (failed) {
    console.error("bench:scheduler: conflicts or nondeterminism found (see the conflicts column)");
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
