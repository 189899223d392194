import "server-only";
import { log } from "@/lib/log";
import type PgBoss from "pg-boss";
import { db } from "@/lib/db";
import type { MeetingEvent } from "@/lib/meetings/events";
import type { MeetingMailJob } from "@/lib/mail/build-meeting-mail";
import type { AccountMailJob } from "@/lib/mail/build-account-mail";
import { getBoss } from "./boss";

/** One job per mail and recipient; rendered and sent by the mail worker. */
export const MAIL_QUEUE = "mail";
/** One job per meeting and sequence, due 15 minutes before the start. */
export const MEETING_REMINDER_QUEUE = "meeting-reminder";
/** Marks lapsed meeting requests EXPIRED and tells both sides; queued every few minutes. */
export const EXPIRE_REQUESTS_QUEUE = "expire-requests";

/** One job per meeting and sequence, due when it ends: "record the outcome" (lib/follow-ups). */
export const OUTCOME_REMINDER_QUEUE = "outcome-reminder";

export const REMINDER_MINUTES_BEFORE = 15;

export type MeetingReminderJob = { meetingId: string; sequence: number };

const ready = new WeakMap<PgBoss, Promise<void>>();

/** Creates this module's queues once per pg-boss instance (createQueue is idempotent in the database). */
export function ensureMailQueues(boss: PgBoss): Promise<void> {
  let done = ready.get(boss);
  if (!done) {
    done = (async () => {
      await boss.createQueue(MAIL_QUEUE, {
        name: MAIL_QUEUE,
        policy: "standard",
        // An SMTP outage is retried for about an hour (backoff from 30 s) before the job fails.
        retryLimit: 8,
        retryDelay: 30,
        retryBackoff: true,
        // One SMTP send takes seconds; a job left "active" by a database or app restart
        // is retried after a minute instead of five (bench:recovery measured the wait).
        expireInSeconds: 60,
      });
      await boss.createQueue(MEETING_REMINDER_QUEUE, {
        name: MEETING_REMINDER_QUEUE,
        // At most one waiting reminder per meeting and sequence: a repeated notification adds none.
        policy: "short",
        retryLimit: 3,
        retryDelay: 30,
        expireInSeconds: 5 * 60,
      });
      await boss.createQueue(OUTCOME_REMINDER_QUEUE, {
        name: OUTCOME_REMINDER_QUEUE,
        policy: "short",
        retryLimit: 3,
        retryDelay: 30,
        expireInSeconds: 5 * 60,
      });
      await boss.createQueue(EXPIRE_REQUESTS_QUEUE, {
        name: EXPIRE_REQUESTS_QUEUE,
        // One waiting and one running sweep at most, however many app instances queue one.
        policy: "stately",
        retryLimit: 1,
        retryDelay: 30,
        expireInSeconds: 5 * 60,
      });
    })();
    done.catch(() => ready.delete(boss));
    ready.set(boss, done);
  }
  return done;
}

/** The pg-boss sender with the mail queues in place. */
export async function mailBoss(role: "sender" | "worker" = "sender"): Promise<PgBoss> {
  const boss = await getBoss(role);
  await ensureMailQueues(boss);
  return boss;
}

/**
 * Queues one account mail (a confirmation link, a notice about a sign-up with a
 * registered address). Like meeting mail it is rendered by the worker from fresh data;
 * the confirmation token is made then, so no usable token ever sits in the queue.
 * Never throws: the account stands, and "send the link again" recovers a lost mail.
 */
export async function queueAccountMail(job: AccountMailJob): Promise<void> {
  try {
    const boss = await mailBoss("sender");
    await boss.send(MAIL_QUEUE, job);
  } catch (error) {
    log.warn("mail: could not queue an account mail", { kind: job.kind, err: error });
  }
}

/** The reminder's due time and key; a move or cancellation bumps the sequence, voiding the old one. */
export function reminderJobFor(meeting: {
  id: string;
  startsAt: Date;
  sequence: number;
}): PgBoss.JobInsert<MeetingReminderJob> {
  return {
    name: MEETING_REMINDER_QUEUE,
    data: { meetingId: meeting.id, sequence: meeting.sequence },
    startAfter: new Date(meeting.startsAt.getTime() - REMINDER_MINUTES_BEFORE * 60_000),
    singletonKey: `${meeting.id}:${meeting.sequence}`,
  };
}

/** The outcome reminder's due time (the meeting's end) and key, like reminderJobFor. */
export function outcomeReminderJobFor(meeting: {
  id: string;
  endsAt: Date;
  sequence: number;
}): PgBoss.JobInsert<MeetingReminderJob> {
  return {
    name: OUTCOME_REMINDER_QUEUE,
    data: { meetingId: meeting.id, sequence: meeting.sequence },
    startAfter: meeting.endsAt,
    singletonKey: `${meeting.id}:${meeting.sequence}`,
  };
}

/**
 * Queues the mails of meeting events: one "mail" job per recipient (ids only; the
 * worker renders from fresh data), and for a booked or moved meeting its reminder.
 * Call after the domain change committed. Never throws: the change stands even when
 * the queue is down (logged); the jobs live in Postgres, so queued mail survives restarts.
 */
export async function notifyMeetingEvents(events: MeetingEvent[]): Promise<void> {
  if (events.length === 0) return;
  try {
    const jobs: PgBoss.JobInsert<MeetingMailJob>[] = events.flatMap((event) =>
      event.recipients.map((recipientId) => ({
        name: MAIL_QUEUE,
        data: { kind: event.kind, recipientId, requestId: event.requestId, meetingId: event.meetingId ?? null },
      })),
    );
    const scheduledIds = events
      .filter((event) => (event.kind === "accepted" || event.kind === "rescheduled") && event.meetingId)
      .map((event) => event.meetingId!);
    const meetings = scheduledIds.length
      ? await db.meeting.findMany({
          where: { id: { in: scheduledIds }, status: "SCHEDULED" },
          select: { id: true, startsAt: true, endsAt: true, sequence: true },
        })
      : [];
    const boss = await mailBoss("sender");
    if (jobs.length) await boss.insert(jobs);
    // One by one: the "short" policy drops a duplicate reminder instead of failing the batch.
    for (const meeting of meetings) {
      for (const { name, data, ...options } of [reminderJobFor(meeting), outcomeReminderJobFor(meeting)]) {
        await boss.send(name, data!, options);
      }
    }
  } catch (error) {
    log.warn("mail: could not queue meeting notifications", { err: error });
  }
}
