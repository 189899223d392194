/**
 * One PostgreSQL server for the whole test run: the server in DATABASE_URL if
 * set, otherwise the project's embedded PostgreSQL on a fresh data folder. A
 * template database is migrated once; each test file clones its own database
 * from it (see per-file-database.ts), so files never see each other's rows.
 */
import type { TestProject } from "vitest/node";
import pg from "pg";
import { startLocalPostgres, type LocalPostgres } from "../../scripts/db/local-postgres";
import { applyMigrations } from "../../scripts/db/migrate";
import { databaseUrl, serverUrlOf, testDatabasePrefix } from "./database-urls";
import { findFreePort } from "./free-port";

declare module "vitest" {
  export interface ProvidedContext {
    testServerUrl: string;
    testTemplateDatabase: string;
    testDatabasePrefix: string;
  }
}

export default async function setup(project: TestProject) {
  let local: LocalPostgres | undefined;
  let serverUrl = process.env.DATABASE_URL ? serverUrlOf(process.env.DATABASE_URL) : undefined;
  if (!serverUrl) {
    // Each run gets its own cluster folder and port, so parallel runs never share one.
    const port = Number(process.env.TEST_DB_PORT ?? (await findFreePort()));
    local = await startLocalPostgres({
      name: `pg-test-${process.pid}`,
      port,
      fresh: true,
      portVariable: "TEST_DB_PORT",
    });
    serverUrl = local.serverUrl;
  }
  // Databases of this run share a prefix, so teardown never touches another run's.
  const runPrefix = `${testDatabasePrefix}${process.pid}_`;
  const template = `${runPrefix}template`;
  await admin(serverUrl, `CREATE DATABASE "${template}"`);
  await applyMigrations(databaseUrl(serverUrl, template));

  project.provide("testServerUrl", serverUrl);
  project.provide("testTemplateDatabase", template);
  project.provide("testDatabasePrefix", runPrefix);

  return async () => {
    await dropTestDatabases(serverUrl, runPrefix);
    await local?.stop();
  };
}

async function admin(serverUrl: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

async function dropTestDatabases(serverUrl: string, prefix: string): Promise<void> {
  const { rows } = await admin(serverUrl, `SELECT datname FROM pg_database WHERE starts_with(datname, '${prefix}')`);
  for (const row of rows) await admin(serverUrl, `DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
}
