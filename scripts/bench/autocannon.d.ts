// The part of autocannon's programmatic API the benchmark uses (the package ships no types).
declare module "autocannon" {
  import type { EventEmitter } from "node:events";
  type Options = {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    requests?: { path?: string; method?: string; headers?: Record<string, string> }[];
  };
  type Result = {
    requests: { average: number; total: number };
    latency: { p50: number; p97_5: number; p99: number; average: number };
    errors: number;
    timeouts: number;
    non2xx: number;
    duration: number;
  };
  type Instance = EventEmitter & PromiseLike<Result> & { stop(): void };
  function autocannon(options: Options): Instance;
  export default autocannon;
}
