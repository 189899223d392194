import "server-only";
import { computeMatchTable } from "@/lib/matching/compute-match-table";
import { getBoss, MATCH_TABLE_QUEUE } from "./boss";
import type { MatchTableJob } from "./match-table-queue";

/**
 * Starts this process's match-table worker (idempotent). Every app instance may run
 * one: pg-boss hands each job to a single worker, and the queue's stately policy
 * keeps one job per session running at a time.
 */
export async function startMatchTableWorker(): Promise<void> {
  const cache = globalThis as unknown as { fairbridgeMatchWorker?: Promise<string> };
  cache.fairbridgeMatchWorker ??= (async () => {
    const boss = await getBoss("worker");
    return boss.work<MatchTableJob>(MATCH_TABLE_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async (jobs) => {
      for (const job of jobs) await computeMatchTable(job.data.sessionId);
    });
  })().catch((error) => {
    delete cache.fairbridgeMatchWorker;
    throw error;
  });
  await cache.fairbridgeMatchWorker;
}
