import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { refuseUndefinedWhere } from "./db-where-guard";
import { preparedStatementName } from "./db-prepared";
import { requireEnv } from "./env";
import { log } from "./log";

function createClient(connectionString: string) {
  // When PostgreSQL restarts, every pooled connection dies. adapter-pg listens for the
  // pool's "error" (without a listener an idle client's error would end the process),
  // drops the dead clients and opens new ones for the next queries: the app recovers
  // on its own. These callbacks only make the loss visible in the log.
  const adapter = new PrismaPg(
    { connectionString },
    {
      onPoolError: (err) => log.warn("db: idle connection lost", { err }),
      onConnectionError: (err) => log.warn("db: transaction connection lost", { err }),
      // Statements built with prepared() keep their plan per connection (lib/db-prepared.ts).
      statementNameGenerator: preparedStatementName,
    },
  );
  // Password hashes never leave the data layer unless a query asks for them explicitly.
  const client = new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
  // A `where` holding `undefined` would read or write every row (lib/db-where-guard.ts).
  // The extension only hooks queries and changes no model's API, so the client keeps its
  // own type: Prisma's extended type is not a `Prisma.TransactionClient`, which lib passes
  // transactions as everywhere.
  return client.$extends({
    name: "refuse-undefined-where",
    query: {
      $allModels: {
        $allOperations({ model, operation, args, query }) {
          refuseUndefinedWhere(model, operation, (args as { where?: unknown }).where);
          return query(args);
        },
      },
    },
  }) as unknown as typeof client;
}
type Db = ReturnType<typeof createClient>;

// One client per process and database URL; Next's dev server re-evaluates modules,
// so the client is kept on globalThis (keyed by URL so test files never share one).
const cache = globalThis as unknown as { fairbridgeDb?: { url: string; client: Db } };

function getClient(): Db {
  const url = requireEnv("DATABASE_URL");
  if (cache.fairbridgeDb?.url !== url) cache.fairbridgeDb = { url, client: createClient(url) };
  return cache.fairbridgeDb.client;
}

/**
 * The one database client. Created on first use, not at import, so that
 * `next build` can load modules without a database configured.
 */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = getClient();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
