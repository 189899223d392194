import "server-only";
import type PgBoss from "pg-boss";
import { getBoss } from "@/lib/jobs/boss";
import { log } from "@/lib/log";

/** pg-boss queue of recordings to post-process once a broadcast ended (lib/showcases/media/recording-worker.ts). */
export const SHOWCASE_RECORDING_QUEUE = "showcase-recording";

export type ShowcaseRecordingJob = { showcaseId: string };

const ready = new WeakMap<PgBoss, Promise<void>>();

/** Creates the queue once per pg-boss instance (createQueue is idempotent in the database). */
export function ensureRecordingQueue(boss: PgBoss): Promise<void> {
  let done = ready.get(boss);
  if (!done) {
    done = boss.createQueue(SHOWCASE_RECORDING_QUEUE, {
      name: SHOWCASE_RECORDING_QUEUE,
      // One job per showcase at a time; a repeated stop adds none.
      policy: "stately",
      retryLimit: 2,
      retryDelay: 10,
      expireInSeconds: 30 * 60,
    });
    ready.set(boss, done);
  }
  return done;
}

/** Queues the post-processing; a queue outage leaves the showcase PROCESSING and is logged. */
export async function queueRecordingProcessing(showcaseId: string): Promise<void> {
  try {
    const boss = await getBoss("sender");
    await ensureRecordingQueue(boss);
    await boss.send(SHOWCASE_RECORDING_QUEUE, { showcaseId } satisfies ShowcaseRecordingJob, {
      singletonKey: showcaseId,
      // Janus closes the .mjr files when the room is destroyed; give it a moment.
      startAfter: 2,
    });
  } catch (error) {
    log.warn("showcase media: recording not queued", { err: error, showcaseId });
  }
}
