/**
 * Brings FairBridge up with its demo fair:
 *   tsx scripts/app.ts start   production build + the production server (the README's demo command)
 *   tsx scripts/app.ts dev     the development server
 * Both run Next.js inside scripts/server.ts, which takes the client's address from the socket
 * (and TRUSTED_PROXIES) instead of believing a client's X-Forwarded-For.
 * Options: --port N (default $PORT or 3000), --db NAME (local cluster folder, default "pgdata"),
 * --db-port N (default $EMBEDDED_POSTGRES_PORT or 54320), --db-port-variable NAME (the variable a
 * "port taken" message tells the user to set), --fresh (wipe the local cluster first), --no-build.
 * With DATABASE_URL set, that server is used and no local PostgreSQL starts. Without SMTP_URL,
 * a local SMTP server (scripts/mail/dev-smtp-server.ts) catches all mail into .fairbridge/mail/.
 * Without JANUS_URL, a local Janus WebRTC server (scripts/janus/local-janus.ts; --janus-port N, default
 * $JANUS_PORT or 8088) carries the live showcases; without Janus installed they say video is unavailable.
 */
import "dotenv/config"; // .env (see .env.example) applies to the runner as it does to Prisma
import { spawn, spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { ensureDatabase, startLocalPostgres, type LocalPostgres } from "./db/local-postgres";
import { PortTakenError } from "./db/port-owner";
import { applyMigrations } from "./db/migrate";
import { localAuthSecret } from "./app-secret";
import { DEFAULT_MAIL_DIR, startDevSmtpServer, type DevSmtpServer } from "./mail/dev-smtp-server";
import { smtpUrl } from "../lib/mail/config";
import { JanusNotInstalledError, startLocalJanus, type LocalJanus } from "./janus/local-janus";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: "string", default: process.env.PORT ?? "3000" },
    db: { type: "string", default: "pgdata" },
    "db-port": { type: "string", default: process.env.EMBEDDED_POSTGRES_PORT || "54320" },
    "db-port-variable": { type: "string", default: "EMBEDDED_POSTGRES_PORT" },
    fresh: { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
    "janus-port": { type: "string", default: process.env.JANUS_PORT || "8088" },
  },
});
const mode = positionals[0] === "dev" ? "dev" : "start";

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed with ${result.status}`);
}

async function main() {
  let local: LocalPostgres | undefined;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    local = await startLocalPostgres({
      name: values.db,
      port: Number(values["db-port"]),
      fresh: values.fresh,
      portVariable: values["db-port-variable"],
    });
    await ensureDatabase(local.serverUrl, "fairbridge");
    databaseUrl = local.urlFor("fairbridge");
    console.log(`[fairbridge] embedded PostgreSQL on port ${values["db-port"]}`);
  }
  let mail: DevSmtpServer | undefined;
  if (!process.env.SMTP_URL) {
    const port = Number(new URL(smtpUrl()).port);
    try {
      const dir = process.env.MAIL_DIR || DEFAULT_MAIL_DIR;
      mail = await startDevSmtpServer({ port, dir });
      console.log(`[fairbridge] dev SMTP server on ${mail.url}; mail is kept in ${dir}/`);
    } catch (error) {
      console.warn(`[fairbridge] dev SMTP server did not start on port ${port}: ${(error as Error).message}`);
    }
  }
  let janus: LocalJanus | undefined;
  if (!process.env.JANUS_URL) {
    try {
      janus = await startLocalJanus({
        dir: `.fairbridge/janus-${values.db}`,
        httpPort: Number(values["janus-port"]),
        fresh: values.fresh,
      });
      console.log(`[fairbridge] Janus WebRTC server on ${janus.url} (recordings in ${janus.recordingsDir})`);
    } catch (error) {
      const detail = error instanceof JanusNotInstalledError ? "" : " Is another Janus using the port? Set JANUS_PORT.";
      console.warn(`[fairbridge] live showcases are off: ${(error as Error).message}${detail}`);
    }
  }
  const env = {
    ...process.env,
    ...janus?.env,
    SMTP_URL: smtpUrl(),
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: localAuthSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${values.port}`,
    PORT: values.port,
    NEXT_TELEMETRY_DISABLED: "1",
  };

  const applied = await applyMigrations(databaseUrl);
  console.log(`[fairbridge] migrations applied: ${applied.length ? applied.join(", ") : "none pending"}`);
  run("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"], env);

  if (mode === "start" && !values["no-build"]) run("npx", ["next", "build"], { ...env, NODE_ENV: "production" });
  const next = spawn("npx", ["tsx", "scripts/server.ts", mode, "-p", values.port], {
    stdio: "inherit",
    env: { ...env, NODE_ENV: mode === "start" ? "production" : "development" },
    detached: false,
  });
  console.log(`[fairbridge] open http://localhost:${values.port}`);
  // Keeps the demo supplier's live showcase on air (scripts/janus/demo-broadcaster.ts).
  const broadcaster =
    janus && process.env.DEMO_BROADCASTER !== "off"
      ? spawn("npx", ["tsx", "--conditions=react-server", "scripts/janus/demo-broadcaster.ts"], {
          stdio: "inherit",
          env,
        })
      : undefined;

  const shutdown = async (code: number) => {
    next.kill("SIGTERM");
    broadcaster?.kill("SIGTERM");
    await mail?.close();
    await janus?.stop();
    await local?.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  next.on("exit", (code) => void shutdown(code ?? 0));
}

main().catch((error) => {
  // A port taken by another server is the user's to fix: the message says how, a stack would bury it.
  console.error(error instanceof PortTakenError ? `[fairbridge] ${error.message}` : error);
  process.exit(1);
});
