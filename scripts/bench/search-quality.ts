/**
 * The judged search and matching sets of issue 16 (tests/fixtures/search-quality/):
 * on a fresh embedded PostgreSQL (port 54371), the migrations and the fixture
 * catalogue (330 products, 30 suppliers, the fair's five sessions, 36 requirements)
 * written through the app's own write paths; then every judged query through
 * searchCatalogue and every requirement through recommendSuppliers. Prints NDCG@10
 * and recall@24 per query language and overall, the queries that miss, and NDCG@5
 * and the best-product accuracy of recommendations. Figures go into
 * docs/benchmarks.md ("Search quality") by hand; the floors of
 * tests/integration/search-quality.test.ts follow them.
 *
 *   npm run bench:search-quality [-- --db-port 54371 --all]
 *
 * --all prints every query, not only those below NDCG@10 0.9 or recall@24 1.
 */
import { parseArgs } from "node:util";
import { ensureDatabase, startLocalPostgres } from "../db/local-postgres";
import { applyMigrations } from "../db/migrate";

const { values: args } = parseArgs({
  options: {
    "db-port": { type: "string", default: "54371" },
    all: { type: "boolean", default: false },
  },
});

const log = (message: string) => console.log(`[bench:search-quality] ${message}`);
const f = (value: number) => value.toFixed(3);

async function main() {
  const server = await startLocalPostgres({ name: "bench-search-quality", port: Number(args["db-port"]), fresh: true });
  try {
    await ensureDatabase(server.serverUrl, "fairbridge_search_quality");
    const url = server.urlFor("fairbridge_search_quality");
    await applyMigrations(url);
    process.env.DATABASE_URL = url;
    process.env.MATCH_TABLE_DEBOUNCE_SECONDS = "0";
    // After DATABASE_URL: the app's modules read it when first imported.
    const { loadSearchFixture } = await import("../../tests/fixtures/search-quality/load");
    const { evaluateMatching, evaluateSearch } = await import("../../tests/fixtures/search-quality/evaluate");
    const started = performance.now();
    const fixture = await loadSearchFixture();
    log(`fixture loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const search = await evaluateSearch(fixture);
    const shown = search.queries.filter((r) => args.all || r.ndcg10 < 0.9 || r.recall24 < 1);
    log(`queries below NDCG@10 0.9 or recall@24 1 (${shown.length} of ${search.queries.length}):`);
    for (const r of shown) {
      console.log(
        `  [${r.lang} ${r.kind}] ${JSON.stringify(r.q)}  NDCG@10 ${f(r.ndcg10)}  recall@24 ${f(r.recall24)}` +
          (r.missed.length > 0
            ? `\n      missed: ${r.missed.slice(0, 8).join(" ")}${r.missed.length > 8 ? ` … (${r.missed.length})` : ""}`
            : "") +
          (r.noise.length > 0 ? `\n      irrelevant in top 10: ${r.noise.join(" ")}` : ""),
      );
    }
    const matching = await evaluateMatching(fixture);
    for (const r of matching.requirements.filter((r) => args.all || r.ndcg5 < 1 || r.wrong.length > 0)) {
      console.log(
        `  [requirement] ${r.requirement}  NDCG@5 ${f(r.ndcg5)}  wrong first products: ${r.wrong.join("; ") || "none"}`,
      );
    }

    log("search (mean over queries):");
    console.log("  language  queries  NDCG@10  recall@24");
    for (const [lang, s] of Object.entries(search.byLanguage)) {
      console.log(
        `  ${lang.padEnd(8)}  ${String(s.queries).padStart(7)}  ${f(s.ndcg10).padStart(7)}  ${f(s.recall24).padStart(9)}`,
      );
    }
    log(
      `recommendations: NDCG@5 ${f(matching.ndcg5)} over ${matching.requirements.length} requirements;` +
        ` best product right for ${f(matching.bestProductAccuracy)} of the recommended suppliers`,
    );
  } finally {
    if (process.env.DATABASE_URL) {
      const { stopBoss } = await import("../../lib/jobs/boss");
      await stopBoss().catch(() => undefined);
      const { db } = await import("../../lib/db");
      await db.$disconnect().catch(() => undefined);
    }
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
