/**
 * PostgreSQL time per catalogue search: the exact statement searchCatalogue runs
 * (buildCatalogueQuery) for each benchmark path, prepared under the name the app's
 * adapter gives it (lib/db-prepared.ts) and warmed up as a pooled connection is (the
 * plan PostgreSQL keeps after five executions), then under EXPLAIN ANALYZE EXECUTE
 * (planning + execution time, as the server reports it), `rounds` times each.
 */
import pg from "pg";
// @ts-expect-error pg's text form of a parameter (arrays, dates), for EXECUTE's literals
import { prepareValue } from "pg/lib/utils.js";
import { preparedStatementName } from "../../lib/db-prepared";
import { buildCatalogueQuery } from "../../lib/catalogue/catalogue-query";
import { parseCatalogueSearchParams } from "../../lib/catalogue/schemas";
import { defaultCurrencyFor } from "../../lib/catalogue/money";
import type { AppLocale } from "../../lib/i18n/routing";

export type SearchSqlTime = { p50: number; p95: number; perQuery: { path: string; medianMs: number; total: number }[] };

type Plan = [{ "Planning Time": number; "Execution Time": number }];

// PostgreSQL plans a prepared statement's first five executions for their values, then
// decides whether to keep one generic plan; a pooled connection is long past that.
const WARM_UP_EXECUTIONS = 8;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;

export async function measureSearchSql(databaseUrl: string, paths: string[], rounds = 20): Promise<SearchSqlTime> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const all: number[] = [];
    const perQuery: SearchSqlTime["perQuery"] = [];
    for (const path of paths) {
      const url = new URL(path, "http://bench");
      const [, locale, , fairSlug, sessionSlug] = url.pathname.split("/");
      const { rows } = await client.query<{ id: string }>(
        `SELECT s.id FROM "FairSession" s JOIN "Fair" f ON f.id = s."fairId" WHERE f.slug = $1 AND s.slug = $2`,
        [fairSlug, sessionSlug],
      );
      if (!rows[0]) throw new Error(`bench: no session for ${path}`);
      const { input, params } = parseCatalogueSearchParams(Object.fromEntries(url.searchParams));
      const currency = params.priceCurrency ?? defaultCurrencyFor(locale as AppLocale);
      const { sql } = await buildCatalogueQuery({ ...input, sessionId: rows[0].id, priceCurrency: currency });
      const name = preparedStatementName({ sql: sql.text });
      if (!name) throw new Error("bench: the catalogue statement is not prepared");
      const run = () => client.query<{ total: number }>({ name, text: sql.text, values: sql.values });
      for (let i = 0; i < WARM_UP_EXECUTIONS; i++) await run();
      const literals = sql.values.map((value) =>
        value === null ? "NULL" : client.escapeLiteral(String(prepareValue(value))),
      );
      const times: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const explained = await client.query<{ "QUERY PLAN": Plan }>(
          `EXPLAIN (ANALYZE, FORMAT JSON) EXECUTE ${name}(${literals.join(", ")})`,
        );
        const plan = explained.rows[0]!["QUERY PLAN"][0];
        times.push(plan["Planning Time"] + plan["Execution Time"]);
      }
      const total = ((await run()).rows[0]?.total ?? 0) as number;
      times.sort((a, b) => a - b);
      all.push(...times);
      perQuery.push({ path, medianMs: percentile(times, 0.5), total });
    }
    all.sort((a, b) => a - b);
    return { p50: percentile(all, 0.5), p95: percentile(all, 0.95), perQuery };
  } finally {
    await client.end();
  }
}
