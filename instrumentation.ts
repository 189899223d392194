/**
 * Next calls register() once per server process. The match-table and mail workers run in
 * every Node server instance (pg-boss shares the jobs between them); never in the
 * Edge runtime, and never while `next build` loads modules.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  if (!process.env.DATABASE_URL) return;
  if (process.env.MATCH_TABLE_WORKER !== "off") {
    const { startMatchTableWorker } = await import("./lib/jobs/match-table-worker");
    try {
      await startMatchTableWorker();
    } catch (error) {
      // The app serves pages without the worker; refreshes wait in the queue until one starts.
      console.warn("match table worker did not start", error);
    }
  }
  // Meeting mail, reminders and request expiry (MAIL_WORKER=off disables them); queued mail waits likewise.
  if (process.env.MAIL_WORKER !== "off") {
    const { startMailWorker } = await import("./lib/jobs/mail-worker");
    try {
      await startMailWorker();
    } catch (error) {
      console.warn("mail worker did not start", error);
    }
  }
}
