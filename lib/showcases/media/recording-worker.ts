import "server-only";
import path from "node:path";
import { db } from "@/lib/db";
import { getBoss } from "@/lib/jobs/boss";
import { log } from "@/lib/log";
import { janusSettings } from "./janus-settings";
import { postProcessRecording } from "./recording-files";
import { ensureRecordingQueue, SHOWCASE_RECORDING_QUEUE, type ShowcaseRecordingJob } from "./recording-queue";

/** Where processed recordings are kept: STORAGE_DIR/showcase-recordings/<showcase id>.webm. */
export function recordingPath(file: string): string {
  return path.join(
    path.resolve(/*turbopackIgnore: true*/ process.env.STORAGE_DIR || "storage"),
    "showcase-recordings",
    file,
  );
}

/** Post-processes one showcase's recording: READY with its file, or FAILED (the replay says so). */
export async function processShowcaseRecording(showcaseId: string): Promise<void> {
  const showcase = await db.showcase.findUnique({ where: { id: showcaseId }, select: { janusRoomId: true } });
  const settings = janusSettings();
  if (!showcase?.janusRoomId || !settings) {
    await db.showcase.updateMany({ where: { id: showcaseId }, data: { recordingStatus: "FAILED" } });
    return;
  }
  const file = `${showcaseId}.webm`;
  try {
    const bytes = await postProcessRecording(settings.recordingsDir, String(showcase.janusRoomId), recordingPath(file));
    await db.showcase.update({ where: { id: showcaseId }, data: { recordingStatus: "READY", recordingFile: file } });
    log.info("showcase media: recording ready", { showcaseId, bytes });
  } catch (error) {
    log.warn("showcase media: recording failed", { err: error, showcaseId });
    await db.showcase.update({ where: { id: showcaseId }, data: { recordingStatus: "FAILED" } });
  }
}

/** Starts this process's recording worker (idempotent); pg-boss hands each job to one instance. */
export async function startRecordingWorker(): Promise<void> {
  const cache = globalThis as unknown as { fairbridgeRecordingWorker?: Promise<string> };
  cache.fairbridgeRecordingWorker ??= (async () => {
    const boss = await getBoss("worker");
    await ensureRecordingQueue(boss);
    return boss.work<ShowcaseRecordingJob>(
      SHOWCASE_RECORDING_QUEUE,
      { batchSize: 1, pollingIntervalSeconds: 1 },
      async (jobs) => {
        for (const job of jobs) await processShowcaseRecording(job.data.showcaseId);
      },
    );
  })().catch((error) => {
    delete cache.fairbridgeRecordingWorker;
    throw error;
  });
  await cache.fairbridgeRecordingWorker;
}
