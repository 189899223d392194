/**
 * Sign-in hardening, measured over real HTTP (penetration test findings 1 and 2):
 *  1. 30 parallel sign-ins for one account, each with its own CSRF token, 29 wrong
 *     passwords and then the right one: how many were checked, how many refused, and
 *     whether the right one got in ("parallel guesses held").
 *  2. The spoofed X-Forwarded-For reproduction: wrong guesses claiming 203.0.113.20 until
 *     refused, then the right password claiming 203.0.113.21.
 * Writes its section of docs/benchmarks.md.
 *
 *   NEXT_DIST_DIR=.next-h1 npm run bench:sign-in -- [--port 3461] [--db-port 54461]
 *
 * Needs a production build in NEXT_DIST_DIR (default .next). Starts its own embedded
 * PostgreSQL with the demo seed and the app's production server (scripts/server.ts) with
 * no trusted proxy.
 */
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { ensureDatabase, startLocalPostgres } from "../db/local-postgres";
import { applyMigrations } from "../db/migrate";
import { localAuthSecret } from "../app-secret";
import { throttlePolicies } from "../../lib/throttle/policies";
import { writeBenchSection } from "./benchmarks-doc";
import { startNextServer } from "./next-server";

const { values } = parseArgs({
  options: { port: { type: "string", default: "3461" }, "db-port": { type: "string", default: "54461" } },
});
const port = Number(values.port);
const password = "FairBridge2026!";
const log = (message: string) => console.log(`[bench:sign-in] ${message}`);

type Outcome = "signedIn" | "checked" | "refused" | "other";

/** One sign-in as the browser does it: a CSRF token and cookie, then the credentials callback. */
async function prepareAttempt(baseUrl: string) {
  const response = await fetch(`${baseUrl}/api/auth/csrf`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return async (email: string, secret: string, headers: Record<string, string> = {}): Promise<Outcome> => {
    const answer = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie, ...headers },
      body: new URLSearchParams({ csrfToken, email, password: secret, json: "true" }),
      redirect: "manual",
    });
    const { url } = (await answer.json()) as { url: string };
    const error = new URL(url).searchParams.get("error");
    if (!error) return "signedIn";
    if (error === "INVALID_CREDENTIALS") return "checked";
    if (error.startsWith("RATE_LIMITED")) return "refused";
    return "other";
  };
}

const count = (outcomes: Outcome[], kind: Outcome) => outcomes.filter((o) => o === kind).length;

async function parallelGuesses(baseUrl: string, email: string) {
  const attempts = await Promise.all(Array.from({ length: 30 }, () => prepareAttempt(baseUrl)));
  const started = performance.now();
  const wrong = attempts.slice(0, 29).map((attempt, i) => attempt(email, `wrong-guess-${i}`));
  const right = attempts[29](email, password);
  const outcomes = await Promise.all([...wrong, right]);
  return {
    checked: count(outcomes, "checked"),
    refused: count(outcomes, "refused"),
    rightGotIn: (await right) === "signedIn",
    seconds: (performance.now() - started) / 1000,
  };
}

async function spoofedForwardedFor(baseUrl: string, email: string) {
  let wrongUntilRefused = 0;
  for (;;) {
    const outcome = await (await prepareAttempt(baseUrl))(email, "wrong-guess", { "x-forwarded-for": "203.0.113.20" });
    if (outcome !== "checked") break;
    wrongUntilRefused += 1;
  }
  const other = await (await prepareAttempt(baseUrl))(email, password, { "x-forwarded-for": "203.0.113.21" });
  return { wrongUntilRefused, spoofedRight: other };
}

async function main() {
  const database = await startLocalPostgres({
    name: "pg-bench-sign-in",
    port: Number(values["db-port"]),
    fresh: true,
  });
  const server = await (async () => {
    await ensureDatabase(database.serverUrl, "fairbridge");
    const url = database.urlFor("fairbridge");
    await applyMigrations(url);
    const seeded = spawnSync("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"], {
      stdio: "ignore",
      env: { ...process.env, DATABASE_URL: url },
    });
    if (seeded.status !== 0) throw new Error("the demo seed failed");
    return startNextServer(
      port,
      {
        DATABASE_URL: url,
        NEXTAUTH_SECRET: localAuthSecret(),
        NEXTAUTH_URL: `http://127.0.0.1:${port}`,
        MATCH_TABLE_WORKER: "off",
        MAIL_WORKER: "off",
        TRUSTED_PROXIES: "",
      },
      { server: "fairbridge" },
    );
  })();
  try {
    const parallel = await parallelGuesses(server.baseUrl, "buyer@fairbridge.demo");
    log(
      `30 parallel sign-ins (29 wrong, then the right one): ${parallel.checked} checked, ${parallel.refused} refused, ` +
        `right password ${parallel.rightGotIn ? "GOT IN" : "refused"} (${parallel.seconds.toFixed(2)} s)`,
    );
    const spoof = await spoofedForwardedFor(server.baseUrl, "supplier@fairbridge.demo");
    log(
      `spoofed X-Forwarded-For: refused after ${spoof.wrongUntilRefused} wrong guesses "from" 203.0.113.20; ` +
        `the right password "from" 203.0.113.21 was ${spoof.spoofedRight === "signedIn" ? "LET IN" : spoof.spoofedRight}`,
    );
    const free = throttlePolicies["signIn.pair"].free;
    writeBenchSection(
      "## Sign-in throttle",
      [
        "## Sign-in throttle",
        "",
        "`npm run bench:sign-in`: real HTTP sign-ins (each with its own CSRF token) against the production server",
        "(scripts/server.ts, no trusted proxy), penetration test findings 1 and 2 (docs/security.md).",
        "",
        "| Reproduction | Before (pen test) | Now |",
        "| --- | --- | --- |",
        `| 30 parallel guesses for one account, the right password 30th | 29 checked, right one signed in | ${parallel.checked} checked, ${parallel.refused} refused, right one ${parallel.rightGotIn ? "signed in" : "refused"} |`,
        `| Wrong guesses claiming X-Forwarded-For 203.0.113.20, then the right password claiming .21 | 20 until refused, .21 signed in at once | ${spoof.wrongUntilRefused} until refused, .21 ${spoof.spoofedRight === "signedIn" ? "signed in" : "refused (same socket address)"} |`,
        "",
        `Parallel guesses held: at most the ${free} free attempts of an account-and-address pair are checked; the burst took ${parallel.seconds.toFixed(2)} s.`,
        "",
      ].join("\n"),
    );
  } finally {
    await server.stop();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
