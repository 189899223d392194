/** Builds the app for a benchmark, starts `next start` on that build and stops it with its whole process group. */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";

export type RunningServer = { baseUrl: string; pid: number; stop(): Promise<void> };

// Node runs the server directly (not through npx), so the pid is the server's own.
const serverCommands = {
  "next-start": (port: number) => ["node_modules/next/dist/bin/next", "start", "-p", String(port)],
  /** The app's own server (scripts/server.ts, as `npm run demo` runs it): client addresses from the socket. */
  fairbridge: (port: number) => ["--import", "tsx", "scripts/server.ts", "start", "-p", String(port)],
};

export async function startNextServer(
  port: number,
  env: Record<string, string>,
  { server = "next-start" }: { server?: keyof typeof serverCommands } = {},
): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, serverCommands[server](port), {
    env: { ...process.env, ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/robots.txt`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("next start did not answer within 60 s");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseUrl,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid!, "SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null) process.kill(-child.pid!, "SIGKILL");
    },
  };
}

/** `next build` into the dist folder named in `env` (NEXT_DIST_DIR), as the benchmarks' servers will read it. */
export function buildForBench(env: Record<string, string>, { skipTypeCheck = false } = {}): void {
  const result = spawnSync("npx", ["next", "build"], {
    stdio: "inherit",
    env: {
      ...process.env,
      ...env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      ...(skipTypeCheck ? { NEXT_SKIP_TYPE_CHECK: "1" } : {}),
    },
  });
  if (result.status !== 0) throw new Error("next build failed");
}
