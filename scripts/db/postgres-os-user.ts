/**
 * PostgreSQL refuses to run as root. When FairBridge is started as root (the usual
 * user on a fresh server or container), the embedded server runs as the `postgres`
 * OS user instead, created here when the machine has none. As an ordinary user the
 * server simply runs as that user.
 */
import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";

/** uid/gid to run the server as, or undefined to run it as the current user. */
export type ServerUser = { uid: number; gid: number } | undefined;

export function isRoot(): boolean {
  return process.getuid?.() === 0;
}

export function serverUser(): ServerUser {
  if (!isRoot()) return undefined;
  if (!idOf("-u")) {
    if (!groupExists()) execFileSync("groupadd", ["--system", "postgres"]);
    execFileSync("useradd", [
      "--system",
      "-g",
      "postgres",
      "-d",
      "/nonexistent",
      "-s",
      "/usr/sbin/nologin",
      "postgres",
    ]);
  }
  return { uid: Number(idOf("-u")), gid: Number(idOf("-g")) };
}

function idOf(flag: "-u" | "-g"): string | undefined {
  try {
    return execFileSync("id", [flag, "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
}

function groupExists(): boolean {
  try {
    execFileSync("getent", ["group", "postgres"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a user other than the owner can walk down to `dir` (every existing
 * ancestor has o+x). /root and folders made by `mktemp -d` have mode 700, so the
 * `postgres` user cannot reach a checkout inside them.
 */
export function reachableByOthers(dir: string): boolean {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
    if (current === path.dirname(current)) return true;
  }
}
