/**
 * Video room numbers (issue 7): time from clicking "join" to the first remote video
 * frame for two and three people (Chromium with a fake camera and microphone, peers on
 * this machine), and the Next server's CPU per active room (one room of three for 30 s,
 * minus the same 30 s idle). Writes /work/notes/room-bench.md (or --out FILE).
 *
 *   NEXT_DIST_DIR=.next-f npm run bench:room -- [--runs 5] [--seconds 30] [--port 3443] [--db-port 54443]
 *
 * Needs a production build in NEXT_DIST_DIR (default .next). Starts its own embedded
 * PostgreSQL with the demo seed and its own `next start`.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, writeFileSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { chromium, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { ensureDatabase, startLocalPostgres } from "../db/local-postgres";
import { applyMigrations } from "../db/migrate";
import { localAuthSecret } from "../app-secret";
import { measureCpu } from "./process-cpu";
import { startNextServer } from "./next-server";
import { embeddedPostgresName } from "../db/postgres-binaries";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    seconds: { type: "string", default: "30" },
    port: { type: "string", default: "3443" },
    "db-port": { type: "string", default: "54443" },
    out: { type: "string", default: "/work/notes/room-bench.md" },
  },
});
const runs = Number(values.runs);
const seconds = Number(values.seconds);
const port = Number(values.port);
const dbPort = Number(values["db-port"]);
const password = "FairBridge2026!";
const people = ["buyer@fairbridge.demo", "supplier@fairbridge.demo", "interpreter@fairbridge.demo"];
const log = (message: string) => console.log(`[bench:room] ${message}`);

async function insertMeeting(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DELETE FROM "Meeting" WHERE agenda = 'bench-room'`);
    const token = randomBytes(32).toString("base64url").slice(0, 43);
    await client.query(
      `INSERT INTO "Meeting" (id, "sessionId", "supplierOrgId", "buyerOrgId", "interpreterId", "startsAt", "endsAt",
         status, "roomToken", agenda, "updatedAt")
       SELECT $1, s.id, (SELECT "organizationId" FROM "User" WHERE email = $2),
              (SELECT "organizationId" FROM "User" WHERE email = $3), (SELECT id FROM "User" WHERE email = $4),
              now() + interval '2 minutes', now() + interval '22 minutes', 'SCHEDULED', $5, 'bench-room', now()
       FROM "FairSession" s JOIN "Fair" f ON f.id = s."fairId"
       WHERE f.slug = 'zhejiang-export-russia-2022' AND s.slug = 'fabric-accessories'`,
      [`bench${randomBytes(8).toString("hex")}`, people[1], people[0], people[2], token],
    );
    return token;
  } finally {
    await client.end();
  }
}

async function signedIn(browser: Browser, baseUrl: string, email: string): Promise<Page> {
  const context = await browser.newContext({ permissions: ["camera", "microphone"], baseURL: baseUrl });
  const page = await context.newPage();
  await page.goto("/en/login");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator("form button[type=submit]").click();
  await page.waitForURL(/\/dashboard/);
  return page;
}

/** Clicks "join" and times (in the page) until the first remote picture, and until every remote picture. */
async function joinAndTime(page: Page, others: number): Promise<{ first: number; all: number }> {
  await page.getByTestId("join-room").waitFor();
  await page.waitForFunction(() => !(document.querySelector("[data-testid=join-room]") as HTMLButtonElement).disabled);
  return page.evaluate(
    (expected) =>
      new Promise<{ first: number; all: number }>((resolve, reject) => {
        const started = performance.now();
        let first = 0;
        (document.querySelector("[data-testid=join-room]") as HTMLButtonElement).click();
        const timer = setInterval(() => {
          const shown = [...document.querySelectorAll("[data-testid=remote-video]")].filter(
            (v) => (v as HTMLVideoElement).videoWidth > 0,
          ).length;
          if (shown > 0 && !first) first = performance.now() - started;
          if (shown >= expected) {
            clearInterval(timer);
            resolve({ first, all: performance.now() - started });
          }
          if (performance.now() - started > 30_000) {
            clearInterval(timer);
            reject(new Error("no remote video within 30 s"));
          }
        }, 5);
      }),
    others,
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const max = (xs: number[]) => Math.max(...xs);

async function main() {
  const database = await startLocalPostgres({ name: "pg-bench-room", port: dbPort, fresh: true });
  await ensureDatabase(database.serverUrl, "fairbridge");
  const url = database.urlFor("fairbridge");
  await applyMigrations(url);
  const seeded = spawnSync("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"], {
    stdio: "ignore",
    env: { ...process.env, DATABASE_URL: url },
  });
  if (seeded.status !== 0) throw new Error("the demo seed failed");
  const server = await startNextServer(port, {
    DATABASE_URL: url,
    NEXTAUTH_SECRET: localAuthSecret(),
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    MATCH_TABLE_WORKER: "off",
    MAIL_WORKER: "off",
  });
  const browser = await chromium.launch({
    executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--use-fake-device-for-media-stream",
      "--use-fake-ui-for-media-stream",
      "--allow-loopback-in-peer-connection",
      "--autoplay-policy=no-user-gesture-required",
    ],
  });
  const timings: Record<2 | 3, { first: number[]; all: number[] }> = {
    2: { first: [], all: [] },
    3: { first: [], all: [] },
  };
  let cpu: { idleMs: number; activeMs: number; joinMs: number } | null = null;
  const loadBefore = os.loadavg();
  try {
    const pages = await Promise.all(people.map((email) => signedIn(browser, server.baseUrl, email)));
    for (let run = 0; run < runs; run++) {
      const token = await insertMeeting(url);
      await Promise.all(pages.map((page) => page.goto(`/en/rooms/${token}`)));
      // The first person waits alone; the second's join is timed (2 people); then the third's (3 people).
      await joinAndTime(pages[0], 0);
      const two = await joinAndTime(pages[1], 1);
      let joinCpu = 0;
      const three = await new Promise<{ first: number; all: number }>((resolve, reject) => {
        measureCpu(server.pid, dbPort, async () => {
          resolve(await joinAndTime(pages[2], 2));
        })
          .then((used) => (joinCpu = used.serverMs))
          .catch(reject);
      });
      timings[2].first.push(two.first);
      timings[2].all.push(two.all);
      timings[3].first.push(three.first);
      timings[3].all.push(three.all);
      log(
        `run ${run + 1}: 2 people ${two.first.toFixed(0)} ms; 3 people first ${three.first.toFixed(0)} ms, all ${three.all.toFixed(0)} ms`,
      );
      if (run === runs - 1) {
        await pages[0].waitForTimeout(2000);
        const active = await measureCpu(server.pid, dbPort, () => new Promise((r) => setTimeout(r, seconds * 1000)));
        for (const page of pages) await page.getByTestId("leave-room").click();
        await pages[0].waitForTimeout(2000);
        const idle = await measureCpu(server.pid, dbPort, () => new Promise((r) => setTimeout(r, seconds * 1000)));
        cpu = { activeMs: active.serverMs, idleMs: idle.serverMs, joinMs: joinCpu };
      } else {
        for (const page of pages) await page.getByTestId("leave-room").click();
      }
    }
  } finally {
    await browser.close();
    await server.stop();
    await database.stop();
  }

  const line = (n: 2 | 3) =>
    `| ${n} | ${median(timings[n].first).toFixed(0)} | ${max(timings[n].first).toFixed(0)} | ${median(timings[n].all).toFixed(0)} | ${max(timings[n].all).toFixed(0)} |`;
  const perSecond = (ms: number) => (ms / seconds).toFixed(1);
  const report = `# Video room benchmark (issue 7)

Measured ${new Date().toISOString()} by \`npm run bench:room\` (scripts/bench/room.ts) on ${os.cpus().length} CPU cores
(${os.cpus()[0]?.model ?? "unknown"}), load average before ${loadBefore.map((l) => l.toFixed(2)).join(" / ")}, after
${os
  .loadavg()
  .map((l) => l.toFixed(2))
  .join(" / ")}. One Chromium (three contexts, fake 640x480 camera and microphone), \`next start\` and an embedded
${embeddedPostgresName()} on the same machine; no STUN/TURN (host candidates). ${runs} runs.

## Join to first remote video frame

The time from clicking "join" until the joiner's page shows a remote picture (\`videoWidth > 0\`); for three, the
third person joins a room where two are already talking and needs both pictures.

| people | first frame, median ms | max ms | all remote frames, median ms | max ms |
| --- | --- | --- | --- | --- |
${line(2)}
${line(3)}

## Server CPU per active room

Process CPU (utime + stime from /proc) of the Next server over ${seconds} s.

| | Next server CPU ms/s |
| --- | --- |
| one room of three, media flowing | ${perSecond(cpu!.activeMs)} |
| idle (nobody in a room) | ${perSecond(cpu!.idleMs)} |
| **per active room** (difference) | **${perSecond(cpu!.activeMs - cpu!.idleMs)}** |

(PostgreSQL's CPU is left out: its backends come and go within the window, so the per-process sums are not
comparable.)

The third person's join (join transaction, ICE settings, event stream, offers/answers/candidates for two
connections through the signal table and NOTIFY) cost the Next server ${cpu!.joinMs} ms of CPU. Media goes peer to
peer, so a room in progress costs the server only its three open event streams (a heartbeat every 15 s);
CPU is counted in 10 ms ticks, so steady-state values near 0 are at the resolution limit.
`;
  writeFileSync(values.out!, report);
  console.log(report);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
