import type { Instrumentation } from "next";
import { requestIdHeader } from "./lib/http/request-id";

/**
 * Next calls register() once per server process. The match-table and mail workers run in
 * every Node server instance (pg-boss shares the jobs between them); never in the
 * Edge runtime, and never while `next build` loads modules.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  if (!process.env.DATABASE_URL) return;
  const { log } = await import("./lib/log");
  if (process.env.MATCH_TABLE_WORKER !== "off") {
    const { startMatchTableWorker } = await import("./lib/jobs/match-table-worker");
    try {
      await startMatchTableWorker();
    } catch (error) {
      // The app serves pages without the worker; refreshes wait in the queue until one starts.
      log.warn("match table worker did not start", { err: error });
    }
  }
  // Meeting mail, reminders and request expiry (MAIL_WORKER=off disables them); queued mail waits likewise.
  if (process.env.MAIL_WORKER !== "off") {
    const { startMailWorker } = await import("./lib/jobs/mail-worker");
    try {
      await startMailWorker();
    } catch (error) {
      log.warn("mail worker did not start", { err: error });
    }
  }
  // Showcase recordings (janus-pp-rec + ffmpeg) where this instance sees Janus's recordings folder.
  if (process.env.JANUS_URL && process.env.SHOWCASE_RECORDING_WORKER !== "off") {
    const { startRecordingWorker } = await import("./lib/showcases/media/recording-worker");
    try {
      await startRecordingWorker();
    } catch (error) {
      log.warn("showcase recording worker did not start", { err: error });
    }
  }
}

/**
 * Every error a page, server action or route handler lets escape, as one log line with the
 * request id and Next's digest: the digest is the "Reference" the error page shows, so
 * support finds the line from what the user reads. The route's pattern is logged rather
 * than the path, which can hold a secret (calendar feed and room tokens).
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log } = await import("./lib/log");
  const requestId = request.headers[requestIdHeader];
  log.error("request failed", {
    requestId: typeof requestId === "string" ? requestId : undefined,
    digest: (error as { digest?: string } | null)?.digest,
    method: request.method,
    route: context.routePath,
    routeType: context.routeType,
    err: error,
  });
};
