/**
 * Sustained booking of distinct slots over the API, next to a plain
 * authenticated read on the same servers at the same concurrency:
 * - booking = POST /api/v1/meeting-requests/{id}/accept of a pending request
 *   (the request was created beforehand), answered 201 with the meeting;
 * - read = GET /api/v1/meetings/{id} of a meeting just booked, by its supplier.
 * Both pass the same token check and rate-limit upsert. Each runs a few seconds
 * unmeasured first (route modules, JIT, connection pools), and once with a
 * single client for the unloaded latency. CPU per request comes from /proc.
 */
import os from "node:os";
import type { LoadWorld } from "./booking-load-world";
import { runClosedLoop, type ApiAnswer, type ApiRequest, type LoadStats } from "./booking-load";
import { cpuAvailable, measureCpu } from "./process-cpu";

export type CpuPerRequest = { serverMs: number; databaseMs: number };
export type SustainedResult = {
  booking: LoadStats;
  read: LoadStats;
  single: { bookingP50: number; readP50: number; samples: number };
  cpu: { booking: CpuPerRequest; read: CpuPerRequest } | null;
  jobsLeft: number;
  loadDuring: number[];
};

type Options = { ports: number[]; serverPids: number[]; dbPort: number; connections: number; seconds: number };

export async function runSustained(world: LoadWorld, options: Options): Promise<SustainedResult> {
  const { ports, connections, seconds } = options;
  let cursor = 0;
  const turns = world.tokensBySupplier.map(() => 0);
  const tokenOf = (supplier: number) => {
    const list = world.tokensBySupplier[supplier];
    return list[turns[supplier]++ % list.length].token;
  };
  const booked: { id: string; supplier: number }[] = [];
  const nextBooking = (): ApiRequest | null => {
    const job = world.jobs[cursor++];
    if (!job) return null;
    return {
      method: "POST",
      path: `/api/v1/meeting-requests/${job.requestId}/accept`,
      token: tokenOf(job.supplier),
      body: { start: job.start },
      tag: job.supplier,
    };
  };
  const bookingLoop = {
    next: nextBooking,
    isOk: (answer: ApiAnswer) => answer.status === 201,
    onAnswer: (request: ApiRequest, answer: ApiAnswer) => {
      if (answer.status === 201) booked.push({ id: JSON.parse(answer.body).id, supplier: request.tag! });
    },
  };
  let readTurn = 0;
  const readLoop = {
    next: (): ApiRequest => {
      const meeting = booked[readTurn++ % booked.length];
      return { method: "GET", path: `/api/v1/meetings/${meeting.id}`, token: tokenOf(meeting.supplier) };
    },
    isOk: (answer: ApiAnswer) => answer.status === 200,
  };
  const limited = (loop: { next: () => ApiRequest | null }, count: number) => {
    let left = count;
    return () => (left-- > 0 ? loop.next() : null);
  };

  // Warm-up, then one client alone, then the measured load.
  await runClosedLoop({ ports, connections, seconds: 3, ...bookingLoop });
  await runClosedLoop({ ports, connections, seconds: 3, ...readLoop });
  const samples = 40;
  const singleBooking = await runClosedLoop({
    ports,
    connections: 1,
    seconds: 60,
    ...bookingLoop,
    next: limited(bookingLoop, samples),
  });
  const singleRead = await runClosedLoop({
    ports,
    connections: 1,
    seconds: 60,
    ...readLoop,
    next: limited(readLoop, samples),
  });

  const measure = async (run: () => Promise<LoadStats>) => {
    let stats: LoadStats | undefined;
    if (!cpuAvailable()) return { stats: await run(), cpu: null };
    const [first, second] = options.serverPids;
    let inner = { serverMs: 0, databaseMs: 0 };
    const outer = await measureCpu(first, options.dbPort, async () => {
      inner = await measureCpu(second ?? first, options.dbPort, async () => {
        stats = await run();
      });
    });
    const serverMs = outer.serverMs + (second ? inner.serverMs : 0);
    return { stats: stats!, cpu: { serverMs: serverMs / stats!.ok, databaseMs: outer.databaseMs / stats!.ok } };
  };
  const booking = await measure(() => runClosedLoop({ ports, connections, seconds, ...bookingLoop }));
  const loadDuring = os.loadavg();
  const read = await measure(() => runClosedLoop({ ports, connections, seconds, ...readLoop }));
  return {
    booking: booking.stats,
    read: read.stats,
    single: { bookingP50: singleBooking.p50, readP50: singleRead.p50, samples },
    cpu: booking.cpu && read.cpu ? { booking: booking.cpu, read: read.cpu } : null,
    jobsLeft: Math.max(0, world.jobs.length - cursor),
    loadDuring,
  };
}
