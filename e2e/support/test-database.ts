import { Client } from "pg";

// Specs that need meetings the UI cannot create (the demo fair lies in 2022, or a room
// must open right now) write them straight into the e2e database; these are the few
// lookups they all start from.

/** The database playwright.config.ts starts for the app under test. */
export const e2eDatabaseUrl = `postgresql://postgres:postgres@127.0.0.1:${process.env.E2E_DB_PORT ?? 54331}/fairbridge`;

/** Runs `work` on a fresh connection to the e2e database, closed afterwards whatever happens. */
export async function withE2eDatabase<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: e2eDatabaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * One statement on the e2e database, run again when PostgreSQL made it a deadlock's victim: the
 * app's background jobs (the no-show check, reminders, another app instance) may be writing the
 * same meetings. A victim statement was rolled back whole, so running it again is safe.
 */
export async function runE2eStatement(text: string, values: unknown[] = []): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await withE2eDatabase((client) => client.query(text, values));
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== "40P01" || attempt >= 3) throw error;
    }
  }
}

/** The "fabric-accessories" session of a demo fair (by default the 2022 edition). */
export async function fabricSessionId(client: Client, fairSlug = "zhejiang-export-russia-2022"): Promise<string> {
  const result = await client.query(
    `SELECT s.id FROM "FairSession" s JOIN "Fair" f ON f.id = s."fairId" WHERE f.slug = $1 AND s.slug = $2`,
    [fairSlug, "fabric-accessories"],
  );
  return result.rows[0]?.id as string;
}

/** The organization a (demo) account belongs to. */
export async function organizationIdOf(client: Client, email: string): Promise<string> {
  const result = await client.query(`SELECT "organizationId" FROM "User" WHERE email = $1`, [email]);
  return result.rows[0]?.organizationId as string;
}
