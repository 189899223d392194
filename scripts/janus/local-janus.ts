/**
 * Starts a local Janus WebRTC server with a configuration generated into a folder of its own
 * (.fairbridge/janus-<name>/ by default: conf/, recordings/, janus.log), with fresh secrets per start.
 * `npm run dev`, `npm run demo` and the Playwright server start one through scripts/app.ts when
 * JANUS_URL is unset, like the embedded PostgreSQL and the dev SMTP server; the integration tests
 * and the showcase benchmark start their own. In production JANUS_URL and its secrets name an
 * external server (see .env.example and docs/architecture.md, "Showcase media").
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { janusConfigFiles } from "./janus-config";

export type LocalJanus = {
  /** The Janus API, e.g. http://127.0.0.1:8088/janus (also what browsers use locally). */
  url: string;
  adminUrl: string;
  apiSecret: string;
  adminSecret: string;
  roomAdminKey: string;
  recordingsDir: string;
  logFile: string;
  pid: number;
  /** The variables that point the app at this server (lib/showcases/media/janus-settings.ts). */
  env: Record<string, string>;
  stop(): Promise<void>;
};

export type LocalJanusOptions = {
  /** Folder for configuration, recordings and log. */
  dir: string;
  httpPort?: number;
  adminPort?: number;
  rtpPortRange?: [number, number];
  /** Wipe recordings of earlier runs. */
  fresh?: boolean;
  allowOrigin?: string;
};

export const DEFAULT_JANUS_PORT = 8088;

/** The janus binary: JANUS_BIN, else Debian's. Null when it is not installed. */
export function janusBinary(): string | null {
  const candidates = [process.env.JANUS_BIN, "/usr/bin/janus"].filter((entry): entry is string => !!entry);
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found) return found;
  const which = spawnSync("sh", ["-c", "command -v janus"], { encoding: "utf8" });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : null;
}

/** janus-pp-rec (Debian's janus-tools), which turns recordings into playable files. */
export function janusPostProcessorBinary(): string | null {
  const candidate = process.env.JANUS_PP_REC || "/usr/bin/janus-pp-rec";
  return existsSync(candidate) ? candidate : null;
}

export class JanusNotInstalledError extends Error {
  constructor() {
    super(
      "Janus is not installed: live showcases stay off. Install it with `sudo apt-get install janus janus-tools` " +
        "(or run scripts/ensure-system-packages.sh as root), or set JANUS_URL to an external Janus.",
    );
  }
}

function secret(): string {
  return randomBytes(24).toString("base64url");
}

async function waitForJanus(url: string, child: ChildProcess, logFile: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = "";
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(`${url}/info`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const tail = existsSync(logFile) ? readFileSync(logFile, "utf8").split("\n").slice(-15).join("\n") : "";
  throw new Error(
    `Janus did not answer on ${url} (${child.exitCode !== null ? `exited with ${child.exitCode}` : lastError}).\n${tail}`,
  );
}

/**
 * A Janus this folder's earlier run left behind (its runner was killed) still holds the ports and
 * would answer with old secrets: stop it, but only if that pid is still our janus with this folder.
 */
function stopStaleJanus(pidFile: string, configsDir: string): void {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").trim());
  rmSync(pidFile, { force: true });
  if (!Number.isInteger(pid) || pid <= 1) return;
  try {
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    if (commandLine.includes("janus") && commandLine.includes(configsDir)) {
      process.kill(pid, "SIGKILL");
      spawnSync("sleep", ["0.3"]);
    }
  } catch {
    // Not running any more.
  }
}

export async function startLocalJanus(options: LocalJanusOptions): Promise<LocalJanus> {
  const binary = janusBinary();
  if (!binary) throw new JanusNotInstalledError();
  const dir = path.resolve(options.dir);
  const configsDir = path.join(dir, "conf");
  const recordingsDir = path.join(dir, "recordings");
  const logFile = path.join(dir, "janus.log");
  if (options.fresh) rmSync(recordingsDir, { recursive: true, force: true });
  mkdirSync(configsDir, { recursive: true });
  mkdirSync(recordingsDir, { recursive: true });
  rmSync(logFile, { force: true });
  stopStaleJanus(path.join(dir, "janus.pid"), configsDir);

  const httpPort = options.httpPort ?? DEFAULT_JANUS_PORT;
  const adminPort = options.adminPort ?? httpPort - 1000;
  const apiSecret = secret();
  const adminSecret = secret();
  const roomAdminKey = secret();
  const files = janusConfigFiles({
    httpPort,
    adminPort,
    apiSecret,
    adminSecret,
    roomAdminKey,
    rtpPortRange: options.rtpPortRange ?? [20000, 20999],
    recordingsDir,
    configsDir,
    logFile,
    allowOrigin: options.allowOrigin,
  });
  for (const [name, content] of Object.entries(files))
    writeFileSync(path.join(configsDir, name), content, { mode: 0o600 });

  const child = spawn(binary, ["-C", path.join(configsDir, "janus.jcfg"), "-F", configsDir], {
    stdio: "ignore",
    detached: false,
  });
  if (child.pid) writeFileSync(path.join(dir, "janus.pid"), String(child.pid));
  const url = `http://127.0.0.1:${httpPort}/janus`;
  const adminUrl = `http://127.0.0.1:${adminPort}/admin`;
  try {
    await waitForJanus(url, child, logFile);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  };
  return {
    url,
    adminUrl,
    apiSecret,
    adminSecret,
    roomAdminKey,
    recordingsDir,
    logFile,
    pid: child.pid ?? 0,
    env: {
      JANUS_URL: url,
      JANUS_API_SECRET: apiSecret,
      JANUS_ADMIN_URL: adminUrl,
      JANUS_ADMIN_SECRET: adminSecret,
      JANUS_ROOM_ADMIN_KEY: roomAdminKey,
      JANUS_RECORDINGS_DIR: recordingsDir,
    },
    stop,
  };
}
