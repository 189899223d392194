/**
 * The live board's cost (issue #13): a session with 300 meetings in the day, N organizers
 * holding its event stream open (0 = the baseline, then 1, 10, 50 by default) while buyers
 * enter and leave open rooms at a steady rate. Per phase: the Next server's CPU (and
 * PostgreSQL's), the statements the app sends (a counting proxy sits between them), and
 * the board updates one organizer receives; then a burst of joins at once. Prints a table
 * and rewrites its section of docs/benchmarks.md (`--no-docs` to leave it).
 *
 *   npm run bench:live-board [-- --no-build --skip-type-check --seconds 60 --viewers 1,10,50 --rate 2]
 *
 * Builds into .next-bench-live (--dist-dir), starts an embedded PostgreSQL on port 54381
 * and `next start` on port 3231; stops both at the end.
 */
import http from "node:http";
import os from "node:os";
import { parseArgs } from "node:util";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { localAuthSecret } from "../app-secret";
import { ensureDatabase, startLocalPostgres } from "../db/local-postgres";
import { applyMigrations } from "../db/migrate";
import { createLiveBoardWorld, toggleBuyerPresence, type OpenMeeting } from "./live-board-world";
import { printReport, writeReport, type LiveBoardReport, type LivePhase } from "./live-board-report";
import { buildForBench, startNextServer } from "./next-server";
import { measureCpu } from "./process-cpu";
import { startStatementCounter, type StatementCounter } from "./statement-counter";

const { values: args } = parseArgs({
  options: {
    "no-build": { type: "boolean", default: false },
    "skip-type-check": { type: "boolean", default: false },
    "dist-dir": { type: "string", default: ".next-bench-live" },
    port: { type: "string", default: "3231" },
    "db-port": { type: "string", default: "54381" },
    seconds: { type: "string", default: "60" },
    viewers: { type: "string", default: "1,10,50" },
    rate: { type: "string", default: "2" },
    "no-docs": { type: "boolean", default: false },
  },
});
const port = Number(args.port);
const dbPort = Number(args["db-port"]);
const seconds = Number(args.seconds);
const rate = Number(args.rate);
const viewerCounts = args.viewers.split(",").map(Number);
/** The hub keeps an unwatched session's board this long (lib/live/board-hub.ts): phases start cold after it. */
const LINGER_MS = 16_000;

const log = (message: string) => console.log(`[bench:live-board] ${message}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Viewer = { boards: number; boardBytes: number; first: Promise<void>; close(): void };

/** One organizer's EventSource, as a plain HTTP stream: counts the `board` events. */
function openViewer(path: string, cookie: string): Viewer {
  let resolveFirst: () => void = () => undefined;
  let rejectFirst: (error: Error) => void = () => undefined;
  const first = new Promise<void>((resolve, reject) => {
    resolveFirst = resolve;
    rejectFirst = reject;
  });
  const viewer: Viewer = { boards: 0, boardBytes: 0, first, close: () => request.destroy() };
  const request = http.get({
    host: "127.0.0.1",
    port,
    path,
    agent: false,
    headers: { cookie, accept: "text/event-stream" },
  });
  request.on("error", (error) => rejectFirst(error));
  request.on("response", (response) => {
    if (response.statusCode !== 200) return rejectFirst(new Error(`event stream answered ${response.statusCode}`));
    response.setEncoding("utf8");
    let buffer = "";
    response.on("data", (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf("\n\n"); end !== -1; end = buffer.indexOf("\n\n")) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (!block.startsWith("event: board")) continue;
        viewer.boards += 1;
        viewer.boardBytes += Buffer.byteLength(block);
        resolveFirst();
      }
    });
    response.on("error", () => undefined);
  });
  return viewer;
}

/** Buyers entering and leaving the open rooms, `rate` per second, round robin. */
function startPresenceStream(client: pg.Client, meetings: OpenMeeting[], present: Set<string>) {
  let events = 0;
  let index = 0;
  let busy = Promise.resolve();
  const timer = setInterval(() => {
    const meeting = meetings[index++ % meetings.length];
    const joining = !present.has(meeting.id);
    busy = busy.then(async () => {
      await toggleBuyerPresence(client, meeting, joining);
      if (joining) present.add(meeting.id);
      else present.delete(meeting.id);
      events += 1;
    });
  }, 1000 / rate);
  return async () => {
    clearInterval(timer);
    await busy;
    return events;
  };
}

async function runPhase(
  viewers: number,
  context: {
    client: pg.Client;
    counter: StatementCounter;
    serverPid: number;
    cookies: string[];
    open: OpenMeeting[];
    present: Set<string>;
  },
): Promise<LivePhase> {
  const { counter, serverPid } = context;
  const path = `/api/live/sessions/lb-session/events`;
  counter.reset();
  let list: Viewer[] = [];
  const connect = await measureCpu(serverPid, dbPort, async () => {
    list = Array.from({ length: viewers }, (_, i) => openViewer(path, context.cookies[i % context.cookies.length]));
    await Promise.all(list.map((viewer) => viewer.first));
  });
  const connectStatements = counter.count();
  await sleep(2_000);
  counter.reset();
  const before = list[0] ? { boards: list[0].boards, bytes: list[0].boardBytes } : { boards: 0, bytes: 0 };
  let events = 0;
  const cpu = await measureCpu(serverPid, dbPort, async () => {
    const stop = startPresenceStream(context.client, context.open, context.present);
    await sleep(seconds * 1000);
    events = await stop();
  });
  await sleep(500); // the last debounce window
  const statements = counter.count();
  const updates = list[0] ? list[0].boards - before.boards : 0;
  const bytes = list[0] ? list[0].boardBytes - before.bytes : 0;
  list.forEach((viewer) => viewer.close());
  const phase: LivePhase = {
    viewers,
    seconds,
    events,
    updates,
    statements,
    serverMs: cpu.serverMs,
    databaseMs: cpu.databaseMs,
    eventBytes: updates ? bytes / updates : 0,
    connect: { statements: connectStatements, serverMs: connect.serverMs },
  };
  log(`${viewers} organizers: ${JSON.stringify(phase)}`);
  return phase;
}

async function main(): Promise<void> {
  const loadBefore = os.loadavg();
  const stops: (() => Promise<void>)[] = [];
  try {
    const secret = localAuthSecret();
    const env = {
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXT_DIST_DIR: args["dist-dir"],
      MAIL_WORKER: "off",
      MATCH_TABLE_WORKER: "off",
    };
    if (!args["no-build"]) buildForBench(env, { skipTypeCheck: args["skip-type-check"] });

    const postgres = await startLocalPostgres({ name: "pg-bench-live", port: dbPort, fresh: true });
    stops.unshift(postgres.stop);
    await ensureDatabase(postgres.serverUrl, "fairbridge_bench");
    const url = postgres.urlFor("fairbridge_bench");
    await applyMigrations(url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    stops.unshift(() => client.end());
    const now = new Date();
    const world = await createLiveBoardWorld(client, { now });
    const open = world.openMeetings;
    log(`session ${world.sessionId}: ${world.meetings} meetings, ${open.length} rooms open`);

    const counter = await startStatementCounter(dbPort);
    stops.unshift(counter.close);
    const server = await startNextServer(port, {
      ...env,
      DATABASE_URL: url.replace(`:${dbPort}/`, `:${counter.port}/`),
    });
    stops.unshift(server.stop);
    const cookies = await Promise.all(
      world.organizerIds.map(
        async (id) => `next-auth.session-token=${await encode({ token: { sub: id }, secret, maxAge: 3600 })}`,
      ),
    );
    // Warm-up: the route compiled and the pools open, then the board left to expire.
    const warm = openViewer(`/api/live/sessions/${world.sessionId}/events`, cookies[0]);
    await warm.first;
    warm.close();
    await sleep(LINGER_MS);

    const context = { client, counter, serverPid: server.pid, cookies, open, present: new Set<string>() };
    const phases: LivePhase[] = [];
    for (const viewers of [0, ...viewerCounts]) {
      phases.push(await runPhase(viewers, context));
      await sleep(LINGER_MS);
    }

    // A burst: one join in each open room without its buyer, all at once, ten organizers watching.
    const watchers = Array.from({ length: 10 }, (_, i) =>
      openViewer(`/api/live/sessions/${world.sessionId}/events`, cookies[i]),
    );
    await Promise.all(watchers.map((viewer) => viewer.first));
    await sleep(2_000);
    const absent = open.filter((meeting) => !context.present.has(meeting.id));
    const before = watchers[0].boards;
    counter.reset();
    for (const meeting of absent) await toggleBuyerPresence(client, meeting, true);
    await sleep(2_000);
    const burst = { joins: absent.length, updates: watchers[0].boards - before, statements: counter.count() };
    watchers.forEach((viewer) => viewer.close());
    log(`burst: ${JSON.stringify(burst)}`);

    const report: LiveBoardReport = {
      date: now,
      meetings: world.meetings,
      openRooms: open.length,
      ratePerSecond: rate,
      phases,
      burst,
      loadAverage: { before: loadBefore, after: os.loadavg() },
    };
    printReport(report);
    if (!args["no-docs"]) {
      writeReport(report);
      log("docs/benchmarks.md updated");
    }
  } finally {
    for (const stop of stops) await stop().catch((error) => console.warn(error));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
