import "server-only";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { mailBoss, MAIL_QUEUE } from "@/lib/jobs/mail-queue";
import { claimDueRemindersSql } from "./reminders-sql";
import type { ShowcaseMailJob } from "./showcase-mail";

/** Followers are reminded this many minutes before a showcase starts. */
export const SHOWCASE_REMINDER_MINUTES = 15;

/**
 * Sends the reminders that are due: one mail per follower of an approved showcase starting
 * within 15 minutes, once (reminderSentAt). Run by the periodic sweep of the mail worker
 * (lib/jobs/mail-worker.ts) and right after someone follows a showcase that starts sooner
 * than that. When the queue cannot take the mails the claim is undone, so the next sweep
 * tries again. Returns the number of mails queued.
 */
export async function runShowcaseReminders({
  now = new Date(),
  showcaseId = null,
}: { now?: Date; showcaseId?: string | null } = {}): Promise<number> {
  const claimed = await db.$queryRaw<{ showcaseId: string; userId: string }[]>(
    claimDueRemindersSql(now, SHOWCASE_REMINDER_MINUTES, showcaseId),
  );
  if (claimed.length === 0) return 0;
  try {
    const boss = await mailBoss("sender");
    await boss.insert(
      claimed.map((row) => ({
        name: MAIL_QUEUE,
        data: {
          kind: "showcaseReminder",
          recipientId: row.userId,
          showcaseId: row.showcaseId,
        } satisfies ShowcaseMailJob,
      })),
    );
    return claimed.length;
  } catch (error) {
    log.warn("showcases: could not queue reminders; the next sweep retries", { err: error });
    for (const row of claimed) {
      await db.showcaseFollow.updateMany({
        where: { showcaseId: row.showcaseId, userId: row.userId, reminderSentAt: now },
        data: { reminderSentAt: null },
      });
    }
    return 0;
  }
}
