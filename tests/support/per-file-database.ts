import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import pg from "pg";
import { databaseUrl } from "./database-urls";

// Runs before each test file is imported: point DATABASE_URL at a fresh clone of
// the migrated template, so lib/db connects to this file's own database.
const serverUrl = inject("testServerUrl");
const template = inject("testTemplateDatabase");
const name = `${inject("testDatabasePrefix")}${randomBytes(6).toString("hex")}`;

const client = new pg.Client({ connectionString: serverUrl });
await client.connect();
for (let attempt = 1; ; attempt++) {
  try {
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    break;
  } catch (error) {
    // Two files cloning the same template at the same instant may collide; retry briefly.
    if (attempt >= 5) throw error;
    await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
  }
}
await client.end();

process.env.DATABASE_URL = databaseUrl(serverUrl, name);
process.env.FAIRBRIDGE_TEST_SERVER_URL = serverUrl;

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
});
