// Drives Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm)
// through @prisma/adapter-pg. The Prisma CLI's own schema engine is a native binary
// that it downloads on first use, which cannot happen offline; the wasm build does
// the same diffing, with its database access done through the driver adapter.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename, dirname } from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlQueryable,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

const PG_CHAR_OID = 18;
const PG_UUID_OID = 2950;

// The engine's catalog queries return Postgres' one-byte `"char"` type
// (pg_constraint.contype, ...) and read it back as a Rust char. adapter-pg rejects
// that type outright and has no column type that maps to the engine's Character, so
// `"char"` columns travel under the uuid type id (node-pg parses neither, both arrive
// as strings) and are relabelled Character once adapter-pg has converted the result.
class CharAsUuidClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    this.connection.on("rowDescription", (message: { fields: { dataTypeID: number }[] }) => {
      for (const field of message.fields) {
        if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_UUID_OID;
      }
    });
  }
}

// A value of a real uuid column is 36 characters, so a "uuid" column holding only
// single characters came from a `"char"` column.
function restoreCharColumns(result: SqlResultSet): SqlResultSet {
  result.columnTypes.forEach((type, index) => {
    if (type !== ColumnTypeEnum.Uuid) return;
    const isChar = result.rows.every((row) => row[index] === null || String(row[index]).length <= 1);
    if (isChar) result.columnTypes[index] = ColumnTypeEnum.Character;
  });
  return result;
}

function withCharColumns<T extends SqlQueryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => restoreCharColumns(await queryRaw(query));
  return queryable;
}

function adapterFactory(pool: pg.Pool): PrismaPg {
  const factory = new PrismaPg(pool);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = withCharColumns(await connect());
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => withCharColumns(await startTransaction(isolationLevel));
    return adapter;
  };
  // A shadow database is only needed to diff from a migrations folder, and PrismaPg's
  // would reuse the main database. Callers apply the migrations to a scratch database
  // and diff from that instead.
  factory.connectToShadowDb = () => {
    throw new Error("schema-engine: no shadow database; apply migrations to a scratch database and diff from it");
  };
  return factory;
}

let engineModule: Promise<typeof bindings> | undefined;

// Node 20 cannot `import` a .wasm file, so the generated bindings are wired to an
// instance compiled by hand, once per process.
function loadEngineModule(): Promise<typeof bindings> {
  engineModule ??= (async () => {
    const bindingsPath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(`${dirname(bindingsPath)}/schema_engine_bg.wasm`);
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return engineModule;
}

// The engine's panic hook reports through this global just before the wasm instance
// traps with a bare "unreachable" (thrown outside any promise we could catch), so
// this is where the reason gets printed.
Object.assign(globalThis, {
  PRISMA_WASM_PANIC_REGISTRY: {
    set_message(message: string) {
      console.error(`Prisma schema engine panicked: ${message}`);
    },
  },
});

async function withEngine<T>(databaseUrl: string, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const { SchemaEngine } = await loadEngineModule();
  // Our own pool, ended below, so no idle connection keeps the process alive.
  const pool = new pg.Pool({ connectionString: databaseUrl, Client: CharAsUuidClient });
  const adapter = bindMigrationAwareSqlAdapterFactory(adapterFactory(pool));
  const ignoreEngineLogs = () => {};
  try {
    const engine = await SchemaEngine.new({ datamodels: undefined }, ignoreEngineLogs, adapter);
    try {
      return await run(engine);
    } finally {
      engine.free();
    }
  } finally {
    await pool.end();
  }
}

/**
 * The SQL, formatted as Prisma writes migrations, that takes the database at
 * `databaseUrl` to the schema file at `schemaPath`; "" when they already agree.
 */
export async function diffDatabaseToSchema(databaseUrl: string, schemaPath: string): Promise<string> {
  const files = [{ path: basename(schemaPath), content: await readFile(schemaPath, "utf8") }];
  return withEngine(databaseUrl, async (engine) => {
    const { stdout } = await engine.diff({
      // "schemaDatasource" is the live database behind the adapter; the wasm engine
      // refuses plain "url" targets.
      from: { tag: "schemaDatasource", files, configDir: dirname(schemaPath) },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return stdout ?? "";
  });
}
