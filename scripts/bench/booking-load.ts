/**
 * Closed-loop HTTP load for the API: `connections` workers, each with one
 * keep-alive connection to one app instance (round-robin over the instances),
 * send a request, wait for the answer, send the next, for `seconds`. Every
 * request carries its own bearer token, which autocannon's fixed request list
 * cannot do. Latency is each request's own time, start to last byte.
 */
import http from "node:http";

export type ApiRequest = {
  method: "GET" | "POST";
  path: string;
  token: string;
  body?: unknown;
  /** The caller's own note (which supplier sent it), handed back to onAnswer. */
  tag?: number;
};
export type ApiAnswer = { status: number; body: string };

export type LoadStats = {
  connections: number;
  seconds: number;
  requests: number;
  ok: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  statuses: Record<string, number>;
};

export function sendApiRequest(agent: http.Agent, port: number, request: ApiRequest): Promise<ApiAnswer> {
  const body = request.body === undefined ? undefined : JSON.stringify(request.body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        agent,
        method: request.method,
        path: request.path,
        headers: {
          Authorization: `Bearer ${request.token}`,
          ...(body ? { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) } : {}),
        },
        timeout: 60_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end(body);
  });
}

/**
 * Runs the loop until `seconds` pass or `next` has no more work. `onAnswer`
 * sees every answer (e.g. to collect the ids of booked meetings).
 */
export async function runClosedLoop(options: {
  ports: number[];
  connections: number;
  seconds: number;
  next: () => ApiRequest | null;
  onAnswer?: (request: ApiRequest, answer: ApiAnswer) => void;
  isOk: (answer: ApiAnswer) => boolean;
}): Promise<LoadStats> {
  const { ports, connections, seconds } = options;
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  let ok = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async (index: number) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const port = ports[index % ports.length];
    try {
      while (performance.now() < deadline) {
        const request = options.next();
        if (!request) return;
        const t0 = performance.now();
        let answer: ApiAnswer;
        try {
          answer = await sendApiRequest(agent, port, request);
        } catch (error) {
          answer = { status: 0, body: String(error) };
        }
        times.push(performance.now() - t0);
        const key = answer.status === 0 ? `error:${answer.body}` : String(answer.status);
        statuses[key] = (statuses[key] ?? 0) + 1;
        if (options.isOk(answer)) ok++;
        options.onAnswer?.(request, answer);
      }
    } finally {
      agent.destroy();
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, i) => worker(i)));
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const at = (q: number) => (times.length ? times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)] : NaN);
  return {
    connections,
    seconds: elapsed,
    requests: times.length,
    ok,
    perSecond: ok / elapsed,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: times.at(-1) ?? NaN,
    statuses,
  };
}
