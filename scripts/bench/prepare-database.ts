/**
 * A fresh benchmark database on the project's embedded PostgreSQL: migrations,
 * the demo seed (the same command `npm run dev` runs), then the generated catalogue.
 */
import { spawnSync } from "node:child_process";
import pg from "pg";
import { ensureDatabase, startLocalPostgres } from "../db/local-postgres";
import { applyMigrations } from "../db/migrate";
import { fillMissingSearchDocuments } from "../../lib/search/product-documents";
import { demoExchangeRates } from "../../prisma/seed/demo-exchange-rates";
import { generateCatalogue, type GeneratedCounts } from "./generate-catalogue";
import { upcomingFairSlug } from "../../prisma/seed/upcoming-edition";

export type BenchDatabase = {
  url: string;
  counts: GeneratedCounts;
  generateSeconds: number;
  stop(): Promise<void>;
};

/**
 * The benches search and match in the demo's upcoming edition: its sessions lie
 * ahead, so the lifecycle lets every catalogue listing and requirement in.
 */
export const benchFairSlug = upcomingFairSlug;

export async function prepareBenchDatabase(options: {
  name: string;
  port: number;
  suppliers: number;
  products: number;
  seed: number;
  /** Keep the cluster after the run and reuse an already generated database (for tuning). */
  reuse: boolean;
}): Promise<BenchDatabase> {
  const server = await startLocalPostgres({ name: options.name, port: options.port, fresh: !options.reuse });
  await ensureDatabase(server.serverUrl, "fairbridge_bench");
  const url = server.urlFor("fairbridge_bench");
  if (options.reuse) {
    // Migrations added since the data was generated (new indexes, columns) apply to it too.
    await applyMigrations(url);
    const existing = await countGenerated(url);
    if (existing) return { url, counts: existing, generateSeconds: 0, stop: server.stop };
  }
  await applyMigrations(url);
  const seeded = spawnSync("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url },
  });
  if (seeded.status !== 0) throw new Error("bench: the demo seed failed");

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await ensureDemoRates(client);
    const started = performance.now();
    const counts = await generateCatalogue(client, { fairSlug: benchFairSlug, ...options });
    // The generated rows are plain SQL inserts: their search documents are written here (lib/search).
    const documentsStarted = performance.now();
    const documents = await fillMissingSearchDocuments(client);
    console.log(
      `[bench] ${documents} search documents in ${((performance.now() - documentsStarted) / 1000).toFixed(1)} s`,
    );
    await client.query("VACUUM ANALYZE");
    return { url, counts, generateSeconds: (performance.now() - started) / 1000, stop: server.stop };
  } finally {
    await client.end();
  }
}

/** The demo seed sets the fair's rates; set them here too in case this seed predates that. */
async function ensureDemoRates(client: pg.Client): Promise<void> {
  for (const rate of [...demoExchangeRates, { currency: "USD", perUsdCentMicros: 1_000_000n }]) {
    await client.query(
      `INSERT INTO "ExchangeRate" (id, "fairId", currency, "perUsdCentMicros", "updatedAt")
       SELECT 'brate' || $2, f.id, $2::"Currency", $3, now() FROM "Fair" f WHERE f.slug = $1
       ON CONFLICT ("fairId", currency) DO NOTHING`,
      [benchFairSlug, rate.currency, String(rate.perUsdCentMicros)],
    );
  }
}

/** The counts of an earlier generated catalogue in this database, or null. */
async function countGenerated(url: string): Promise<GeneratedCounts | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT to_regclass('"Product"') IS NOT NULL AS ready`);
    if (!rows[0].ready) return null;
    const count = async (table: string, prefix: string) =>
      Number((await client.query(`SELECT count(*) FROM "${table}" WHERE id LIKE $1`, [`${prefix}%`])).rows[0].count);
    const products = await count("Product", "bprd");
    if (products === 0) return null;
    return {
      suppliers: await count("Organization", "bsup"),
      registrations: await count("SessionRegistration", "breg"),
      certificates: await count("Certificate", "bcrt"),
      products,
      images: await count("ProductImage", "bimg"),
    };
  } finally {
    await client.end();
  }
}
