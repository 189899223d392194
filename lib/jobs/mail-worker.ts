import "server-only";
import { log } from "@/lib/log";
import type PgBoss from "pg-boss";
import { db } from "@/lib/db";
import { dbClient } from "@/lib/scheduling/db-client";
import { buildMeetingMail, type MeetingMailJob } from "@/lib/mail/build-meeting-mail";
import { buildAccountMail, isAccountMailJob, type AccountMailJob } from "@/lib/mail/build-account-mail";
import { sendMeetingMail } from "@/lib/mail/transport";
import { recipientsOf } from "@/lib/meetings/events";
import { expireRequests } from "@/lib/meetings/expire-requests";
import { runNoShowCheck } from "@/lib/outcomes/run-no-show-check";
import { pruneThrottles } from "@/lib/throttle/throttle";
import { pruneVerificationTokens } from "@/lib/email-verification/prune-verification-tokens";
import { buildShowcaseMail, isShowcaseMailJob, type ShowcaseMailJob } from "@/lib/showcases/showcase-mail";
import { runShowcaseReminders } from "@/lib/showcases/reminders";
import { closeOverdueShowcases } from "@/lib/showcases/media/showcase-media";
import { sendOutcomeReminders } from "@/lib/follow-ups/send-outcome-reminders";
import {
  EXPIRE_REQUESTS_QUEUE,
  MAIL_QUEUE,
  MEETING_REMINDER_QUEUE,
  OUTCOME_REMINDER_QUEUE,
  mailBoss,
  notifyMeetingEvents,
  type MeetingReminderJob,
} from "./mail-queue";

/** Renders and sends one mail; false when there was nothing to send (see buildMeetingMail). Throws to retry. */
export async function deliverMeetingMail(job: MeetingMailJob | AccountMailJob | ShowcaseMailJob) {
  const mail = isShowcaseMailJob(job)
    ? await buildShowcaseMail(job)
    : isAccountMailJob(job)
      ? await buildAccountMail(job)
      : await buildMeetingMail(job);
  if (!mail) return false;
  await sendMeetingMail(mail);
  return true;
}

/**
 * A due reminder: queues a "reminder" mail to every participant, unless the meeting
 * was moved or cancelled since (its sequence changed) or has begun. Returns the
 * number of mails queued.
 */
export async function runMeetingReminder(job: MeetingReminderJob, { now = new Date() }: { now?: Date } = {}) {
  const meeting = await db.meeting.findUnique({
    where: { id: job.meetingId },
    select: {
      id: true,
      status: true,
      sequence: true,
      startsAt: true,
      supplierOrgId: true,
      buyerOrgId: true,
      interpreterId: true,
    },
  });
  if (!meeting || meeting.status !== "SCHEDULED" || meeting.sequence !== job.sequence || meeting.startsAt <= now) {
    return 0;
  }
  const recipients = await recipientsOf(dbClient, [meeting.supplierOrgId, meeting.buyerOrgId], [meeting.interpreterId]);
  const boss = await mailBoss("sender");
  await boss.insert(
    recipients.map((recipientId) => ({
      name: MAIL_QUEUE,
      data: {
        kind: "reminder",
        recipientId,
        requestId: null,
        meetingId: meeting.id,
        sequence: meeting.sequence,
      } satisfies MeetingMailJob,
    })),
  );
  return recipients.length;
}

/** Expires lapsed requests and queues the mails telling both sides. */
export async function runExpireRequests({ now = new Date() }: { now?: Date } = {}) {
  const events = await expireRequests(now);
  await notifyMeetingEvents(events);
  return events.length;
}

/** EXPIRE_REQUESTS_EVERY_SECONDS, default 120; 0 turns the periodic sweep off. */
function expireEverySeconds(): number {
  const configured = Number(process.env.EXPIRE_REQUESTS_EVERY_SECONDS);
  return Number.isFinite(configured) && configured >= 0 ? configured : 120;
}

type WorkerState = { started: Promise<void>; timer?: ReturnType<typeof setInterval> };
const cache = globalThis as unknown as { fairbridgeMailWorker?: WorkerState };

/**
 * Starts this process's mail, reminder and expiry workers (idempotent), like the
 * match-table worker: every app instance may run them, pg-boss gives each job to
 * one. Every few minutes each instance queues an expiry sweep; the queue's
 * "stately" policy collapses them, and boss.schedule is not used because the
 * shared pg-boss instances run without its cron timers.
 */
export async function startMailWorker({
  expireEverySeconds: every = expireEverySeconds(),
}: { expireEverySeconds?: number } = {}): Promise<void> {
  if (!cache.fairbridgeMailWorker) {
    const state: WorkerState = { started: Promise.resolve() };
    state.started = (async () => {
      const boss = await mailBoss("worker");
      await boss.work<MeetingMailJob | AccountMailJob | ShowcaseMailJob>(
        MAIL_QUEUE,
        { batchSize: 5, pollingIntervalSeconds: 1 },
        async (jobs) => {
          // Each mail fails (and is retried) on its own, so a batch never resends the ones that went out.
          for (const job of jobs) {
            try {
              await deliverMeetingMail(job.data);
            } catch (error) {
              log.warn("mail: sending failed; it will be retried", { jobId: job.id, err: error });
              await boss.fail(MAIL_QUEUE, job.id, { message: error instanceof Error ? error.message : String(error) });
            }
          }
        },
      );
      await boss.work<MeetingReminderJob>(MEETING_REMINDER_QUEUE, { pollingIntervalSeconds: 2 }, async (jobs) => {
        for (const job of jobs) await runMeetingReminder(job.data);
      });
      // At a meeting's end: "record the outcome" to each side that has not (once per person).
      await boss.work<MeetingReminderJob>(OUTCOME_REMINDER_QUEUE, { pollingIntervalSeconds: 2 }, async (jobs) => {
        await sendOutcomeReminders({ meetingIds: jobs.map((job) => job.data.meetingId) });
      });
      await boss.work(EXPIRE_REQUESTS_QUEUE, { pollingIntervalSeconds: 2 }, async () => {
        await runExpireRequests();
        // The same periodic sweep marks no-shows and completes reported meetings (lib/outcomes),
        // and forgets sign-in counters and confirmation links that are long over.
        await runNoShowCheck();
        await runShowcaseReminders(); // followers of showcases starting within 15 minutes
        await closeOverdueShowcases(); // broadcasts left on air past their end
        await sendOutcomeReminders(); // meetings whose outcome job was lost
        await pruneThrottles();
        await pruneVerificationTokens();
      });
      if (every > 0) {
        const sender = await mailBoss("sender");
        const queueSweep = () =>
          void queueExpirySweep(sender).catch((error) =>
            log.warn("mail: could not queue an expiry sweep", { err: error }),
          );
        queueSweep();
        state.timer = setInterval(queueSweep, every * 1000);
        state.timer.unref();
      }
    })();
    cache.fairbridgeMailWorker = state;
    state.started.catch(() => {
      if (cache.fairbridgeMailWorker === state) delete cache.fairbridgeMailWorker;
    });
  }
  await cache.fairbridgeMailWorker.started;
}

function queueExpirySweep(boss: PgBoss) {
  return boss.send(EXPIRE_REQUESTS_QUEUE, {}, { singletonKey: EXPIRE_REQUESTS_QUEUE });
}

/** Stops this process's mail workers and the sweep timer (tests, scripts); stopBoss() stops pg-boss itself. */
export async function stopMailWorker(): Promise<void> {
  const state = cache.fairbridgeMailWorker;
  if (!state) return;
  delete cache.fairbridgeMailWorker;
  if (state.timer) clearInterval(state.timer);
  const boss = await state.started.then(() => mailBoss("worker")).catch(() => null);
  for (const queue of [MAIL_QUEUE, MEETING_REMINDER_QUEUE, OUTCOME_REMINDER_QUEUE, EXPIRE_REQUESTS_QUEUE])
    await boss?.offWork(queue);
}
