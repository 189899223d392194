/**
 * The matchmaking benchmark (issue #4). On a fresh embedded PostgreSQL (port 54361):
 * the demo seed, the generated catalogue (10,000 suppliers, 100,000 products) and
 * the matching load (generate-matching.ts: 5,000 suppliers and 2,000 requirements
 * in one session). Then, in this process with the app's own modules:
 * - recommendSuppliers for many requirements, one at a time: p50 / p95 / p99;
 * - computeMatchTable called directly, and end to end through pg-boss
 *   (requestMatchTableRefresh -> the worker -> MatchTableRun DONE).
 * Prints the numbers and rewrites the "Matching (issue #4)" section of docs/benchmarks.md.
 *
 *   npm run bench:matching [-- --reuse-db --samples 300 --db-port 54361 --table-only]
 *
 * --table-only measures only the match table (direct and through pg-boss), prints it and
 * leaves docs/benchmarks.md alone (for tuning with --reuse-db).
 */
import os from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { prepareBenchDatabase, benchFairSlug } from "./prepare-database";
import { generateMatching, type MatchingCounts } from "./generate-matching";
import { writeMatchingReport, type MatchingReport } from "./matching-report";

const { values: args } = parseArgs({
  options: {
    "reuse-db": { type: "boolean", default: false },
    "db-port": { type: "string", default: "54361" },
    samples: { type: "string", default: "300" },
    seed: { type: "string", default: "20261129" },
    "table-only": { type: "boolean", default: false },
  },
});

const log = (message: string) => console.log(`[bench:matching] ${message}`);
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

async function main() {
  const loadBefore = os.loadavg();
  const started = performance.now();
  const database = await prepareBenchDatabase({
    name: "bench-matching",
    port: Number(args["db-port"]),
    suppliers: 10_000,
    products: 100_000,
    seed: Number(args.seed),
    reuse: args["reuse-db"],
  });
  try {
    const matching = await ensureMatchingData(database.url);
    log(
      `data ready in ${((performance.now() - started) / 1000).toFixed(0)} s: ${JSON.stringify({ ...database.counts, ...matching })}`,
    );
    process.env.DATABASE_URL = database.url;
    process.env.MATCH_TABLE_DEBOUNCE_SECONDS = "0";
    if (args["table-only"]) {
      await measureTableOnly(matching.sessionId);
      return;
    }
    const report = await measure(matching, database.counts.products);
    report.loadAverage = { before: loadBefore, after: os.loadavg() };
    writeMatchingReport(report);
    log(
      `recommendSuppliers p50 ${report.recommend.p50.toFixed(1)} ms, p95 ${report.recommend.p95.toFixed(1)} ms, p99 ${report.recommend.p99.toFixed(1)} ms` +
        ` (${report.recommend.samples} requirements)`,
    );
    log(
      `match table: direct ${(report.table.directMs / 1000).toFixed(2)} s, through pg-boss ${(report.table.endToEndMs / 1000).toFixed(2)} s;` +
        ` ${report.table.scoredPairs.toLocaleString("en")} pairs scored, ${report.table.pairs.toLocaleString("en")} kept`,
    );
  } finally {
    if (process.env.DATABASE_URL) {
      const { stopBoss } = await import("../../lib/jobs/boss");
      await stopBoss().catch(() => undefined);
      const { db } = await import("../../lib/db");
      await db.$disconnect().catch(() => undefined);
    }
    // A reused cluster is persistent: stopping it keeps its data for the next run, and lets this process exit.
    await database.stop();
  }
}

/** Generates the matching load once per database (a reused database keeps it). */
async function ensureMatchingData(url: string): Promise<MatchingCounts> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT "sessionId", count(*)::int AS n FROM "PurchasingRequirement" WHERE id LIKE 'bmreq%' GROUP BY 1`,
    );
    if (rows.length > 0) {
      const count = async (sql: string) => Number((await client.query(sql)).rows[0].count);
      return {
        sessionId: rows[0].sessionId,
        requirements: rows[0].n,
        registeredSuppliers: await count(
          `SELECT count(*) FROM "SessionRegistration" g JOIN "Organization" o ON o.id = g."organizationId"
           WHERE g."sessionId" = '${rows[0].sessionId}' AND g.status = 'APPROVED' AND o.kind = 'SUPPLIER'`,
        ),
        clonedProducts: await count(`SELECT count(*) FROM "Product" WHERE id LIKE 'bmprd%'`),
        buyers: await count(`SELECT count(*) FROM "Organization" WHERE id LIKE 'bmbuy%'`),
      };
    }
    const counts = await generateMatching(client, {
      fairSlug: benchFairSlug,
      suppliers: 5_000,
      buyers: 400,
      requirements: 2_000,
      seed: Number(args.seed),
    });
    await client.query("VACUUM ANALYZE");
    return counts;
  } finally {
    await client.end();
  }
}

async function measure(matching: MatchingCounts, products: number): Promise<MatchingReport> {
  const { db } = await import("../../lib/db");
  const { loadActor } = await import("../../lib/auth/actor");
  const { recommendSuppliers } = await import("../../lib/matching/recommend-suppliers");
  const { computeMatchTable } = await import("../../lib/matching/compute-match-table");
  const { requestMatchTableRefresh } = await import("../../lib/jobs/match-table-queue");
  const { startMatchTableWorker } = await import("../../lib/jobs/match-table-worker");

  const organizerUser = await db.user.findFirstOrThrow({ where: { email: "organizer@fairbridge.demo" } });
  const organizer = (await loadActor(organizerUser.id))!;
  const requirementIds = (
    await db.purchasingRequirement.findMany({
      where: { sessionId: matching.sessionId, id: { startsWith: "bmreq" } },
      select: { id: true },
      orderBy: { id: "asc" },
    })
  ).map((r) => r.id);
  const samples = Math.min(Number(args.samples), requirementIds.length);
  const step = requirementIds.length / samples;
  const sample = Array.from({ length: samples }, (_, i) => requirementIds[Math.floor(i * step)]);

  const timeRecommendations = async (ids: string[]) => {
    const times: number[] = [];
    for (const id of ids) {
      const t0 = performance.now();
      await recommendSuppliers(organizer, id);
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b);
  };

  // 1. The match table, computed directly (this also makes it current for step 2).
  const direct = await computeMatchTable(matching.sessionId);
  log(
    `computeMatchTable direct: ${direct.durationMs} ms (${JSON.stringify(direct.phasesMs)}), ${direct.scoredPairs} pass the gate, ${direct.evaluatedPairs} evaluated, ${direct.pairs} kept`,
  );

  // 2. recommendSuppliers in the steady state (table current: the shortlist path).
  await timeRecommendations(sample.slice(0, 20)); // warm-up: connections, plans, caches
  const sorted = await timeRecommendations(sample);
  log(`recommendSuppliers (table current) measured over ${samples} requirements`);

  // 3. The same right after a change (refresh queued, no worker yet): every candidate is scored.
  await requestMatchTableRefresh(matching.sessionId);
  const liveSorted = await timeRecommendations(sample.slice(0, Math.min(40, samples)));
  log(`recommendSuppliers (refresh pending) measured over ${liveSorted.length} requirements`);

  // 4. End to end through pg-boss: request -> worker -> MatchTableRun DONE.
  await startMatchTableWorker();
  await waitForDone(matching.sessionId, 0); // the refresh queued in step 3
  const requested = Date.now();
  await requestMatchTableRefresh(matching.sessionId);
  const run = await waitForDone(matching.sessionId, requested);
  const endToEndMs = run.finishedAt!.getTime() - requested;
  log(`through pg-boss: ${endToEndMs} ms (computation ${run.durationMs} ms)`);

  const candidateStats = await db.$queryRawUnsafe<{ suppliers: number; products: number }[]>(
    `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY s)::float AS suppliers, percentile_cont(0.5) WITHIN GROUP (ORDER BY p)::float AS products
     FROM (SELECT r.id, count(DISTINCT pr."organizationId") AS s, count(*) AS p
           FROM "PurchasingRequirement" r JOIN "Product" pr ON pr."categoryId" = r."categoryId"
           JOIN "SessionRegistration" g ON g."organizationId" = pr."organizationId" AND g."sessionId" = r."sessionId" AND g.status = 'APPROVED'
           WHERE r.id = ANY($1::text[]) GROUP BY r.id) x`,
    sample.slice(0, 50),
  );

  return {
    date: new Date(),
    counts: { ...matching, products },
    recommend: {
      samples,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: sorted[sorted.length - 1],
      live: { samples: liveSorted.length, p50: percentile(liveSorted, 50), p95: percentile(liveSorted, 95) },
      medianCandidateSuppliers: candidateStats[0]?.suppliers ?? 0,
      medianCandidateProducts: candidateStats[0]?.products ?? 0,
    },
    table: {
      directMs: direct.durationMs,
      endToEndMs,
      workerMs: run.durationMs ?? 0,
      pairs: run.pairs ?? 0,
      scoredPairs: direct.scoredPairs,
      evaluatedPairs: direct.evaluatedPairs,
      phasesMs: direct.phasesMs,
    },
    loadAverage: { before: [], after: [] },
  };
}

/** Only the match table: computed directly, then end to end through pg-boss. */
async function measureTableOnly(sessionId: string) {
  const { computeMatchTable } = await import("../../lib/matching/compute-match-table");
  const { requestMatchTableRefresh } = await import("../../lib/jobs/match-table-queue");
  const { startMatchTableWorker } = await import("../../lib/jobs/match-table-worker");
  log(
    `load average before: ${os
      .loadavg()
      .map((v) => v.toFixed(2))
      .join(" / ")}`,
  );
  const { db } = await import("../../lib/db");
  // The previous table, to check that a change to the computation keeps every row (score, factors, best product).
  const columns = `"requirementId", "supplierOrgId", score, factors, "bestProductId"`;
  await db.$executeRawUnsafe(`DROP TABLE IF EXISTS bench_previous_match_score`);
  await db.$executeRawUnsafe(
    `CREATE TABLE bench_previous_match_score AS SELECT ${columns} FROM "MatchScore" WHERE "sessionId" = $1`,
    sessionId,
  );
  const direct = await computeMatchTable(sessionId);
  log(
    `computeMatchTable direct: ${direct.durationMs} ms (${JSON.stringify(direct.phasesMs)}), ${direct.scoredPairs} pass the gate, ${direct.evaluatedPairs} evaluated, ${direct.pairs} kept`,
  );
  const [diff] = await db.$queryRawUnsafe<{ gone: number; added: number }[]>(
    `SELECT (SELECT count(*)::int FROM (SELECT * FROM bench_previous_match_score
               EXCEPT SELECT ${columns} FROM "MatchScore" WHERE "sessionId" = $1) a) AS gone,
            (SELECT count(*)::int FROM (SELECT ${columns} FROM "MatchScore" WHERE "sessionId" = $1
               EXCEPT SELECT * FROM bench_previous_match_score) b) AS added`,
    sessionId,
  );
  log(`rows differing from the previous table: ${diff.gone} gone, ${diff.added} new`);
  await db.$executeRawUnsafe(`DROP TABLE bench_previous_match_score`);
  await startMatchTableWorker();
  const requested = Date.now();
  await requestMatchTableRefresh(sessionId);
  const run = await waitForDone(sessionId, requested);
  log(
    `through pg-boss: ${run.finishedAt!.getTime() - requested} ms (computation ${run.durationMs} ms, ${run.pairs} pairs)`,
  );
  log(
    `load average after: ${os
      .loadavg()
      .map((v) => v.toFixed(2))
      .join(" / ")}`,
  );
}

/** Polls MatchTableRun until it is DONE with a finish after `since` (ms). */
async function waitForDone(sessionId: string, since: number) {
  const { db } = await import("../../lib/db");
  for (;;) {
    const run = await db.matchTableRun.findUniqueOrThrow({ where: { sessionId } });
    if (run.status === "FAILED") throw new Error(`match table failed: ${run.error}`);
    if (run.status === "DONE" && run.finishedAt && run.finishedAt.getTime() >= since) return run;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
