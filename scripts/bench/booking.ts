/**
 * The booking benchmark (issue #5), on a fresh embedded PostgreSQL (port 54371)
 * with two `next start` instances of the production build sharing it:
 * 1. the race: 200 API clients try to book the same slot of one organization at
 *    once (booking-race.ts), first one supplier's, then one buyer's; exactly one
 *    meeting may exist afterwards, every other client must get 409 and nobody a
 *    5xx, else the script exits 1;
 * 2. sustained booking of distinct slots over the API against a plain
 *    authenticated GET at the same concurrency (booking-sustained.ts).
 * `--race-only` stops after the race. Prints a table; `--write-docs` rewrites its section of docs/benchmarks.md,
 * `--markdown FILE` writes that section to FILE.
 *
 *   npm run bench:booking [-- --no-build --skip-type-check --connections 16 --seconds 25 --race-clients 200]
 *
 * The servers run without the mail and match-table workers (MAIL_WORKER=off,
 * MATCH_TABLE_WORKER=off): a booking still queues its mail jobs, but no worker
 * renders or sends them while the load runs.
 */
import { writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { localAuthSecret } from "../app-secret";
import { ensureDatabase, startLocalPostgres } from "../db/local-postgres";
import { applyMigrations } from "../db/migrate";
import { createLoadWorld } from "./booking-load-world";
import { sendApiRequest } from "./booking-load";
import { runRaceRound, type RaceRound } from "./booking-race";
import { createRaceWorld } from "./booking-race-world";
import { formatReport, printReport, raceOk, sustainedOk, writeReport, type BookingReport } from "./booking-report";
import { countStatements } from "./booking-statements";
import { runSustained } from "./booking-sustained";
import { createBookingSession } from "./booking-world";
import { buildForBench, startNextServer, type RunningServer } from "./next-server";

const { values: args } = parseArgs({
  options: {
    "no-build": { type: "boolean", default: false },
    "skip-type-check": { type: "boolean", default: false },
    "dist-dir": { type: "string", default: ".next-bench-booking" },
    ports: { type: "string", default: "3310,3311" },
    "counted-port": { type: "string", default: "3312" },
    "db-port": { type: "string", default: "54371" },
    "race-clients": { type: "string", default: "200" },
    "race-rounds": { type: "string", default: "3" },
    connections: { type: "string", default: "16" },
    seconds: { type: "string", default: "25" },
    pairs: { type: "string", default: "60" },
    "race-only": { type: "boolean", default: false },
    "write-docs": { type: "boolean", default: false },
    markdown: { type: "string" },
  },
});
const ports = args.ports.split(",").map(Number);
const dbPort = Number(args["db-port"]);
const raceClients = Number(args["race-clients"]);
const raceRounds = Number(args["race-rounds"]);
const pairs = Number(args.pairs);
const SLOT_MINUTES = 20;

const log = (message: string) => console.log(`[bench:booking] ${message}`);

async function main(): Promise<number> {
  const loadBefore = os.loadavg();
  const stops: (() => Promise<void>)[] = [];
  try {
    const env = {
      NEXTAUTH_SECRET: localAuthSecret(),
      NEXTAUTH_URL: `http://127.0.0.1:${ports[0]}`,
      APP_URL: `http://127.0.0.1:${ports[0]}`,
      NEXT_DIST_DIR: args["dist-dir"],
      MAIL_WORKER: "off",
      MATCH_TABLE_WORKER: "off",
    };
    if (!args["no-build"]) build(env);

    const postgres = await startLocalPostgres({ name: "pg-bench-booking", port: dbPort, fresh: true });
    stops.unshift(postgres.stop);
    await ensureDatabase(postgres.serverUrl, "fairbridge_bench");
    const url = postgres.urlFor("fairbridge_bench");
    await applyMigrations(url);
    process.env.DATABASE_URL = url;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    stops.unshift(async () => {
      await client.end();
    });
    stops.unshift(async () => {
      const { db } = await import("../../lib/db");
      await db.$disconnect();
    });

    const setupStarted = performance.now();
    const session = await createBookingSession(client);
    const raceWorlds = [];
    for (const kind of ["one supplier", "one buyer"] as const) {
      raceWorlds.push(
        await createRaceWorld(client, session, { kind, clients: raceClients, requests: raceClients + raceRounds - 1 }),
      );
    }
    const loadWorld = await createLoadWorld(client, session, { pairs, rounds: pairs, tokensPerSupplier: 4 });
    await client.query("VACUUM ANALYZE");
    log(
      `data ready in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s: session ${session.sessionId} from ${session.day},` +
        ` race 2 × ${raceWorlds[0].requestIds.length} requests, load ${loadWorld.jobs.length} requests`,
    );

    const servers: RunningServer[] = [];
    for (const port of ports) {
      const server = await startNextServer(port, { ...env, DATABASE_URL: url });
      servers.push(server);
      stops.unshift(server.stop);
    }
    log(`servers up on ${ports.join(", ")}`);
    await warmUp(raceWorlds[0].tokenFor(raceWorlds[0].requestIds[0], raceClients - 1), session.sessionId);

    const races: RaceRound[] = [];
    const firstSlot = new Date(`${session.day}T06:00:00.000Z`); // 14:00 in Hangzhou, 09:00 in Moscow
    for (const world of raceWorlds) {
      for (let round = 0; round < raceRounds; round++) {
        const slot = new Date(firstSlot.getTime() + round * SLOT_MINUTES * 60_000);
        const result = await runRaceRound(client, world, {
          ports,
          slot,
          slotMinutes: SLOT_MINUTES,
          clients: raceClients,
        });
        log(
          `race (${world.kind}) ${round + 1}: ${JSON.stringify(result.statuses)} in ${Math.round(result.lastMs)} ms, ` +
            (result.ok ? "ok" : result.problems.join("; ")),
        );
        races.push(result);
      }
    }

    if (args["race-only"]) {
      const ok = races.every((r) => r.ok);
      log(ok ? "--race-only: every race held its invariant" : "FAILED: see above");
      return ok ? 0 : 1;
    }
    log(`sustained: ${args.connections} connections, ${args.seconds} s per target…`);
    const sustained = await runSustained(loadWorld, {
      ports,
      serverPids: servers.map((s) => s.pid),
      dbPort,
      connections: Number(args.connections),
      seconds: Number(args.seconds),
    });
    if (sustained.jobsLeft === 0) log("warning: every prepared request was booked; raise --pairs for a full run");
    const [{ n: overlaps }] = (
      await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "Meeting" a JOIN "Meeting" b ON a.id < b.id
         AND a.status <> 'CANCELLED' AND b.status <> 'CANCELLED'
         AND (a."supplierOrgId" = b."supplierOrgId" OR a."buyerOrgId" = b."buyerOrgId")
         AND tstzrange(a."startsAt", a."endsAt", '[)') && tstzrange(b."startsAt", b."endsAt", '[)')`,
      )
    ).rows;
    if (overlaps > 0) throw new Error(`${overlaps} overlapping meetings in the database`);

    for (const server of servers) {
      await server.stop();
      stops.splice(stops.indexOf(server.stop), 1);
    }
    const statements = await countStatements(loadWorld, {
      port: Number(args["counted-port"]),
      dbPort,
      databaseUrl: url,
      env,
    });
    log(`statements per request: booking ${statements.booking}, read ${statements.read}`);

    const report: BookingReport = {
      statements,
      date: new Date(),
      ports,
      races,
      sustained,
      setup: { pairs, rounds: pairs, raceRequests: raceWorlds[0].requestIds.length },
      loadAverage: { before: loadBefore, after: os.loadavg() },
    };
    printReport(report);
    if (args.markdown) writeFileSync(args.markdown, formatReport(report));
    if (args["write-docs"]) {
      writeReport(report);
      log("docs/benchmarks.md updated");
    }
    const ok = raceOk(report) && sustainedOk(report);
    log(ok ? "all invariants hold" : "FAILED: see above");
    return ok ? 0 : 1;
  } finally {
    for (const stop of stops) await stop().catch((error: unknown) => console.error(error));
  }
}

function build(env: Record<string, string>) {
  log(`building (next build into ${args["dist-dir"]})…`);
  buildForBench(env, { skipTypeCheck: args["skip-type-check"] });
}

/** Loads the API routes and fills each instance's connection pool before anything is timed. */
async function warmUp(token: string, sessionId: string) {
  const agent = new http.Agent({ keepAlive: true });
  try {
    for (const port of ports) {
      for (let i = 0; i < 5; i++) {
        await sendApiRequest(agent, port, { method: "GET", path: `/api/v1/sessions/${sessionId}`, token });
        const missing = await sendApiRequest(agent, port, {
          method: "POST",
          path: "/api/v1/meeting-requests/bench-warm-up/accept",
          token,
          body: { start: new Date().toISOString() },
        });
        if (missing.status !== 404) throw new Error(`warm-up accept answered ${missing.status}: ${missing.body}`);
      }
    }
  } finally {
    agent.destroy();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
