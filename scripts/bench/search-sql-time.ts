/**
 * PostgreSQL time per catalogue search: the exact statement searchCatalogue runs
 * (buildCatalogueQuery) for each benchmark path, under EXPLAIN ANALYZE (planning +
 * execution time, as the server reports it), `rounds` times each after a warm-up.
 */
import pg from "pg";
import { buildCatalogueQuery } from "../../lib/catalogue/catalogue-query";
import { parseCatalogueSearchParams } from "../../lib/catalogue/schemas";
import { defaultCurrencyFor } from "../../lib/catalogue/money";
import type { AppLocale } from "../../lib/i18n/routing";

export type SearchSqlTime = { p50: number; p95: number; perQuery: { path: string; medianMs: number; total: number }[] };

type Plan = [{ "Planning Time": number; "Execution Time": number }];

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
      const times: number[] = [];
      let total = 0;
      for (let i = 0; i < rounds + 3; i++) {
        const explained = await client.query<{ "QUERY PLAN": Plan }>(
          `EXPLAIN (ANALYZE, FORMAT JSON) ${sql.text}`,
          sql.values,
        );
        const plan = explained.rows[0]!["QUERY PLAN"][0];
        if (i >= 3) times.push(plan["Planning Time"] + plan["Execution Time"]);
      }
      total = ((await client.query<{ total: number }>(sql.text, sql.values)).rows[0]?.total ?? 0) as number;
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
