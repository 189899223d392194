/**
 * The recovery benchmark's bounded load: a few virtual users, each in turn browsing
 * a catalogue page of the demo fair and booking a meeting over the public API
 * (accepting a prepared request with its supplier's bearer token), with a pause
 * between steps like a person's. Every answer is kept on a timeline, so the
 * outage shows as the requests that failed while PostgreSQL restarted.
 */
import http from "node:http";
import type { LoadWorld } from "./booking-load-world";
import { sendApiRequest, type ApiAnswer } from "./booking-load";

export type TimedAnswer = { kind: "page" | "booking" | "ready"; startedMs: number; endedMs: number; status: number };

const catalogueSearches = ["fabric", "ткань", "面料", "oxford", "polyester", "cotton"];
const cataloguePath = (i: number) =>
  `/en/fairs/zhejiang-export-russia-2022/fabric-accessories/catalogue?q=${encodeURIComponent(catalogueSearches[i % catalogueSearches.length])}`;

export type LoadOptions = { port: number; users: number; seconds: number; pauseMs: number; origin: number };

/** Runs the virtual users until `seconds` pass; returns every answer with times relative to `origin`. */
export async function runBrowseAndBook(world: LoadWorld, options: LoadOptions): Promise<TimedAnswer[]> {
  const answers: TimedAnswer[] = [];
  const deadline = performance.now() + options.seconds * 1000;
  let cursor = 0;
  const turns = world.tokensBySupplier.map(() => 0);
  const user = async (index: number) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      for (let step = index; performance.now() < deadline; step++) {
        const job = world.jobs[cursor];
        const booking = step % 2 === 1 && job !== undefined;
        if (booking) cursor++;
        const tokens = booking ? world.tokensBySupplier[job.supplier] : world.tokensBySupplier[0];
        const token = booking ? tokens[turns[job.supplier]++ % tokens.length].token : tokens[0].token;
        const startedMs = performance.now() - options.origin;
        const answer = await sendApiRequest(
          agent,
          options.port,
          booking
            ? {
                method: "POST",
                path: `/api/v1/meeting-requests/${job.requestId}/accept`,
                token,
                body: { start: job.start },
              }
            : { method: "GET", path: cataloguePath(step), token },
        ).catch((error: unknown): ApiAnswer => ({ status: 0, body: String(error) }));
        answers.push({
          kind: booking ? "booking" : "page",
          startedMs,
          endedMs: performance.now() - options.origin,
          status: answer.status,
        });
        await new Promise((resolve) => setTimeout(resolve, options.pauseMs));
      }
    } finally {
      agent.destroy();
    }
  };
  await Promise.all(Array.from({ length: options.users }, (_, i) => user(i)));
  return answers;
}

/** Polls the readiness endpoint every `everyMs` until `stop()` is called. */
export function pollReadiness(port: number, everyMs: number, origin: number): { stop(): Promise<TimedAnswer[]> } {
  const answers: TimedAnswer[] = [];
  let running = true;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const loop = (async () => {
    while (running) {
      const startedMs = performance.now() - origin;
      const answer = await sendApiRequest(agent, port, { method: "GET", path: "/api/ready", token: "" }).catch(
        (): ApiAnswer => ({ status: 0, body: "" }),
      );
      answers.push({ kind: "ready", startedMs, endedMs: performance.now() - origin, status: answer.status });
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      agent.destroy();
      return answers;
    },
  };
}
