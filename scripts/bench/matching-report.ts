/** Writes the "Matching (issue #4)" section of docs/benchmarks.md (other sections stay as they are). */
import { writeBenchSection } from "./benchmarks-doc";
import os from "node:os";
import type { MatchingCounts } from "./generate-matching";
import { embeddedPostgresName } from "../db/postgres-binaries";

export type MatchingReport = {
  date: Date;
  counts: MatchingCounts & { products: number };
  recommend: {
    samples: number;
    p50: number;
    p95: number;
    p99: number;
    max: number;
    live: { samples: number; p50: number; p95: number };
    medianCandidateSuppliers: number;
    medianCandidateProducts: number;
  };
  table: {
    directMs: number;
    endToEndMs: number;
    workerMs: number;
    pairs: number;
    scoredPairs: number;
    /** Pairs whose products were scored (the rest were pruned by the upper bound). */
    evaluatedPairs: number;
    phasesMs: { load: number; score: number; write: number };
  };
  loadAverage: { before: number[]; after: number[] };
};

const SECTION = "## Matching (issue #4)";
const TARGET_RECOMMEND_P95_MS = 100;
const TARGET_TABLE_MS = 10_000;

export function formatMatchingReport(report: MatchingReport): string {
  const { counts, recommend, table } = report;
  const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? "unknown CPU"}), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, ${embeddedPostgresName()}`;
  const load = (values: number[]) => values.map((v) => v.toFixed(2)).join(" / ");
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
  const met = (ok: boolean) => (ok ? "met" : "not met");
  return `${SECTION}

Measured ${report.date.toISOString().slice(0, 16).replace("T", " ")} UTC on ${machine}.
Load average (1 / 5 / 15 min) before the run: ${load(report.loadAverage.before)}; after: ${load(report.loadAverage.after)}
(the machine is shared: other work was running).

**Dataset**: the catalogue above (${counts.products.toLocaleString("en")} products of 10,000 suppliers) plus \`scripts/bench/generate-matching.ts\`
(seed-deterministic): in the session with the most products, ${counts.registeredSuppliers.toLocaleString("en")} approved supplier
registrations (${counts.clonedProducts.toLocaleString("en")} products copied to suppliers that had none there), ${counts.buyers} approved buyers
in five time zones and ${counts.requirements.toLocaleString("en")} open requirements written like the products, with quantities, USD targets
(80 %), a certification (50 %) and a needed-by date (67 %). A requirement has a median of
${Math.round(recommend.medianCandidateSuppliers).toLocaleString("en")} candidate suppliers and ${Math.round(recommend.medianCandidateProducts).toLocaleString("en")} candidate products in its category.

| Measure | Result | Target |
| --- | ---: | ---: |
| \`recommendSuppliers\` p50 (${recommend.samples} requirements, one at a time) | ${ms(recommend.p50)} | |
| \`recommendSuppliers\` p95 | **${ms(recommend.p95)}** | ≤ ${TARGET_RECOMMEND_P95_MS} ms (${met(recommend.p95 <= TARGET_RECOMMEND_P95_MS)}) |
| \`recommendSuppliers\` p99 / max | ${ms(recommend.p99)} / ${ms(recommend.max)} | |
| \`recommendSuppliers\` right after a change (refresh pending: all candidates scored), p50 / p95 over ${recommend.live.samples} | ${ms(recommend.live.p50)} / ${ms(recommend.live.p95)} | |
| Match table, \`computeMatchTable\` called directly (load / score / write) | ${seconds(table.directMs)} (${seconds(table.phasesMs.load)} / ${seconds(table.phasesMs.score)} / ${seconds(table.phasesMs.write)}) | |
| Match table end to end: refresh requested → pg-boss worker → \`MatchTableRun\` DONE | **${seconds(table.endToEndMs)}** (computation ${seconds(table.workerMs)}) | ≤ 10 s (${met(table.endToEndMs <= TARGET_TABLE_MS)}) |
| Pairs passing the category gate / fully scored (not pruned by the upper bound) / rows kept in \`MatchScore\` | ${table.scoredPairs.toLocaleString("en")} / ${table.evaluatedPairs.toLocaleString("en")} / ${table.pairs.toLocaleString("en")} | |

**Where the work runs, and why.**
- *Recommendations* (\`lib/matching/recommend-suppliers.ts\`): the database does the heavy part in one statement
  (\`load-candidate-products.ts\`): the category gate, the eligibility joins (approved supplier, approved registration,
  visible and not blocked), and each candidate product's word overlap with the requirement (\`searchTerms\`, kept by
  triggers), so no word arrays leave PostgreSQL; a second statement reads the candidates' supplier facts. The factor
  math (time zones with \`@date-fns/tz\`, currency conversion in integer minor units, certificates valid on a date) runs
  in TypeScript with the same functions as the match table, on current data. In this dataset one category holds
  thousands of products (fat rows: names and descriptions in three languages), and reading them all per request costs
  far more than 100 ms (the "right after a change" row). So when the session's match table is current (computed
  after the requirement's last change, no refresh pending; every change marks it pending at once), only the
  suppliers the table kept for the requirement (its best 30) are rescored live: the same answer, a fraction of the rows.
- *Match table* (\`lib/matching/compute-match-table.ts\`): everything is loaded once (requirements, every candidate
  product with its words as one string, supplier facts), words become integer ids, and pairs are scored in memory
  with the factors' own value functions; per-pair SQL would mean millions of evaluations and round trips. Per
  requirement, suppliers are visited by their best word overlap (highest first) and a supplier is skipped when its
  upper bound (exact organization factors, text from its best overlap, the other product factors at 1) rounds strictly
  below the current 30th score, so it provably cannot enter the top 30. The kept pairs get the full \`scorePair\`
  with reasons. The best 30 suppliers per requirement (plus any pair with a reaction or proposal) replace the
  session's \`MatchScore\` rows in one transaction (one \`INSERT ... SELECT FROM jsonb_to_recordset\` of one JSON document). It runs in a pg-boss worker (queue \`match-table\`, stately policy,
  singletonKey = session, so bursts of edits collapse and several app instances never compute one session twice at once).

${
  table.endToEndMs > TARGET_TABLE_MS
    ? `**Not met yet: the match table.** Nearly every requirement passes the category gate with thousands of suppliers
(this taxonomy has only a few broad categories): ${table.scoredPairs.toLocaleString("en")} pairs, of which the upper bound leaves
${table.evaluatedPairs.toLocaleString("en")} to score; scoring costs ${seconds(table.phasesMs.score)} on one core of a heavily shared machine and the write
${seconds(table.phasesMs.write)}. Next steps: profile the score phase (per-requirement setup and the full \`scorePair\` of the
kept pairs now dominate, not the pair loop); find where the write's time goes in PostgreSQL (delete + insert of
60,000 rows with two secondary indexes and four foreign keys); then split the requirements over \`worker_threads\`.
`
    : ""
}
**Reproduce**: \`npm run bench:matching\` (embedded PostgreSQL on port 54361, demo seed, generated data, measurements;
\`--reuse-db\` keeps the database for the next run, \`--samples N\`).
`;
}

export function writeMatchingReport(report: MatchingReport, file = "docs/benchmarks.md"): void {
  writeBenchSection(SECTION, formatMatchingReport(report), { file });
}
