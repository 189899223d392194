/**
 * npm run bench:fuzz: runs the property-based API fuzz test (tests/integration/api-fuzz.test.ts)
 * and records its request count, duration and status histogram in docs/benchmarks.md.
 */
import { execFileSync } from "node:child_process";
import { cpus } from "node:os";
import { readFileSync } from "node:fs";
import { writeBenchSection } from "./benchmarks-doc";

type FuzzReport = {
  requests: number;
  durationMs: number;
  histogram: Record<string, number>;
  perOperation: Record<string, Record<string, number>>;
};

execFileSync("npx", ["vitest", "run", "tests/integration/api-fuzz.test.ts"], {
  stdio: "inherit",
  env: { ...process.env, TZ: "UTC" },
});
const report = JSON.parse(readFileSync("test-results/fuzz-api.json", "utf8")) as FuzzReport;
const statuses = Object.keys(report.histogram).sort();
const cell = (counts: Record<string, number>, status: string) => String(counts[status] ?? "");
const rows = Object.entries(report.perOperation).map(
  ([operation, counts]) => `| ${operation} | ${statuses.map((s) => cell(counts, s)).join(" | ")} |`,
);
writeBenchSection(
  "## API fuzzing",
  [
    "## API fuzzing",
    "",
    `\`npm run bench:fuzz\` (${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores): every /api/v1 operation of the`,
    "OpenAPI document driven with valid, boundary and hostile values (fast-check), through the proxy's URL check and",
    `the route handler on a real PostgreSQL. **${report.requests} requests in ${(report.durationMs / 1000).toFixed(1)} s, no 5xx**;`,
    "every error carried the envelope and every 2xx body matched its schema.",
    "",
    `| Operation | ${statuses.join(" | ")} |`,
    `| --- | ${statuses.map(() => "---:").join(" | ")} |`,
    ...rows,
    `| **All** | ${statuses.map((s) => `**${report.histogram[s]}**`).join(" | ")} |`,
    "",
  ].join("\n"),
);
console.log(`Recorded ${report.requests} requests in docs/benchmarks.md`);
