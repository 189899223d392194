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

declare module "vitest" {
  export interface ProvidedContext {
    testServerUrl: string;
    testTemplateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  let local: LocalPostgres | undefined;
  let serverUrl = process.env.DATABASE_URL ? serverUrlOf(process.env.DATABASE_URL) : undefined;
  if (!serverUrl) {
    local = await startLocalPostgres({ name: "pg-test", port: Number(process.env.TEST_DB_PORT ?? 54329), fresh: true });
    serverUrl = local.serverUrl;
  }
  const template = `${testDatabasePrefix}template_${process.pid}`;
  await dropTestDatabases(serverUrl);
  await admin(serverUrl, `CREATE DATABASE "${template}"`);
  await applyMigrations(databaseUrl(serverUrl, template));

  project.provide("testServerUrl", serverUrl);
  project.provide("testTemplateDatabase", template);

  return async () => {
    await dropTestDatabases(serverUrl);
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

async function dropTestDatabases(serverUrl: string): Promise<void> {
  const { rows } = await admin(serverUrl, `SELECT datname FROM pg_database WHERE datname LIKE '${testDatabasePrefix}%'`);
  for (const row of rows) await admin(serverUrl, `DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
}
