/**
 * Recovery from a database restart (issue #14): `next start` (production build) on a fresh
 * embedded PostgreSQL (port 54416) with the demo fair, its mail sent to an SMTP server in this
 * process. A few virtual users browse the catalogue and book meetings over /api/v1
 * (recovery-load.ts); after `--restart-after` seconds PostgreSQL gets a fast shutdown and
 * starts again on the same folder and port, while the load goes on. Then it checks that the
 * app process was never replaced, that no booking is partial and that every queued mail
 * arrived (recovery-checks.ts), and reports the failed requests and the time to recover.
 *
 *   npm run bench:recovery [-- --no-build --skip-type-check --users 4 --seconds 40 --restart-after 15 --write-docs]
 */
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import pg from "pg";
import { localAuthSecret } from "../app-secret";
import { ensureDatabase, startLocalPostgres } from "../db/local-postgres";
import { applyMigrations } from "../db/migrate";
import { startDevSmtpServer } from "../mail/dev-smtp-server";
import { createLoadWorld } from "./booking-load-world";
import { createBookingSession } from "./booking-world";
import { buildForBench, startNextServer } from "./next-server";
import { accountMail, checkConsistency } from "./recovery-checks";
import { pollReadiness, runBrowseAndBook } from "./recovery-load";
import { recoveryOk, summarize, writeRecoveryReport } from "./recovery-report";
import { seedDemo } from "./seed-demo";

const { values: args } = parseArgs({
  options: {
    "no-build": { type: "boolean", default: false },
    "skip-type-check": { type: "boolean", default: false },
    "dist-dir": { type: "string", default: ".next-h4" },
    port: { type: "string", default: "3414" },
    "db-port": { type: "string", default: "54416" },
    users: { type: "string", default: "4" },
    "pause-ms": { type: "string", default: "200" },
    seconds: { type: "string", default: "40" },
    "restart-after": { type: "string", default: "15" },
    "mail-timeout": { type: "string", default: "420" },
    "write-docs": { type: "boolean", default: false },
  },
});
const port = Number(args.port);
const log = (message: string) => console.log(`[bench:recovery] ${message}`);

async function main(): Promise<number> {
  const stops: (() => Promise<void>)[] = [];
  try {
    const received: string[] = [];
    const smtp = await startDevSmtpServer({ port: 0, dir: null, onMail: (mail) => received.push(...mail.envelope.to) });
    stops.unshift(smtp.close);
    const env = {
      NEXTAUTH_SECRET: localAuthSecret(),
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      APP_URL: `http://127.0.0.1:${port}`,
      NEXT_DIST_DIR: args["dist-dir"],
      SMTP_URL: smtp.url,
    };
    if (!args["no-build"]) buildForBench(env, { skipTypeCheck: args["skip-type-check"] });

    const postgres = await startLocalPostgres({
      name: "pg-bench-recovery",
      port: Number(args["db-port"]),
      fresh: true,
    });
    stops.unshift(postgres.stop);
    await ensureDatabase(postgres.serverUrl, "fairbridge");
    const url = postgres.urlFor("fairbridge");
    await applyMigrations(url);
    seedDemo(url);
    process.env.DATABASE_URL = url;
    const client = new pg.Client({ connectionString: url });
    client.on("error", () => undefined); // it reconnects below; the restart must not end this script
    await client.connect();
    const session = await createBookingSession(client);
    const world = await createLoadWorld(client, session, { pairs: 30, rounds: 30, tokensPerSupplier: 4 });
    await client.end();
    const { db } = await import("../../lib/db");
    await db.$disconnect();

    const server = await startNextServer(port, { ...env, DATABASE_URL: url });
    stops.unshift(server.stop);
    const pidBefore = listenerPid(port);
    log(`next start on ${port} (pid ${pidBefore}), ${world.jobs.length} bookable requests; load for ${args.seconds} s`);

    const origin = performance.now();
    const readiness = pollReadiness(port, 100, origin);
    const restartAt = Number(args["restart-after"]) * 1000;
    const restart = (async () => {
      await new Promise((resolve) => setTimeout(resolve, restartAt));
      const began = performance.now() - origin;
      await postgres.restart();
      return { began, accepting: performance.now() - origin };
    })();
    const answers = await runBrowseAndBook(world, {
      port,
      users: Number(args.users),
      seconds: Number(args.seconds),
      pauseMs: Number(args["pause-ms"]),
      origin,
    });
    const restarted = await restart;
    const ready = await readiness.stop();
    const pidAfter = listenerPid(port);

    const after = new pg.Client({ connectionString: url });
    await after.connect();
    try {
      const consistency = await checkConsistency(after);
      log(`waiting for the mail of ${consistency.bookedMeetings} bookings…`);
      const mailStarted = performance.now();
      let mail = await accountMail(after, received);
      while (mail.missing > 0 && performance.now() - mailStarted < Number(args["mail-timeout"]) * 1000) {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        mail = await accountMail(after, received);
      }
      const summary = summarize({
        answers,
        ready,
        restart: restarted,
        pid: { before: pidBefore, after: pidAfter },
        consistency,
        mail,
        mailWaitSeconds: (performance.now() - mailStarted) / 1000,
        load: { users: Number(args.users), seconds: Number(args.seconds), pauseMs: Number(args["pause-ms"]) },
      });
      writeRecoveryReport(summary, { writeDocs: args["write-docs"] });
      const ok = recoveryOk(summary);
      log(ok ? "recovered: every invariant holds" : "FAILED: see above");
      return ok ? 0 : 1;
    } finally {
      await after.end();
    }
  } finally {
    for (const stop of stops) await stop().catch((error: unknown) => console.error(error));
  }
}

/** The pid of the process listening on `port` (next start's server process), from `ss`. */
function listenerPid(port: number): number | null {
  const output = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
  const match = output.match(/pid=(\d+)/);
  return match ? Number(match[1]) : null;
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
