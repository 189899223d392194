/**
 * Fixed-duration HTTP load with autocannon: N connections, each requesting the
 * given paths in turn. Latency percentiles come from every response time
 * (autocannon's own summary has no p95).
 */
import autocannon from "autocannon";

export type LoadResult = {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
};

export async function runLoad(
  baseUrl: string,
  paths: string[],
  { connections, seconds }: { connections: number; seconds: number },
): Promise<LoadResult> {
  const times: number[] = [];
  const instance = autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    timeout: 30,
    requests: paths.map((path) => ({ path, method: "GET" })),
  });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    times.push(responseTime);
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  const at = (q: number) => (times.length ? times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)] : NaN);
  return {
    requests: times.length,
    rps: times.length / seconds,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: times.at(-1) ?? NaN,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
