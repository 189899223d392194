import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Claims the follows whose reminder is due: the showcase approved and starting within
 * `minutesBefore` minutes after `now` (not yet started), the follow not reminded yet;
 * marks them reminded in the same statement, so each reminder is sent once even with
 * several app instances sweeping at once. `showcaseId` narrows it to one showcase.
 * Rows: the follow's showcase and user.
 */
export function claimDueRemindersSql(now: Date, minutesBefore: number, showcaseId: string | null): Prisma.Sql {
  const due = new Date(now.getTime() + minutesBefore * 60_000);
  return Prisma.sql`
    UPDATE "ShowcaseFollow" f
    SET "reminderSentAt" = ${now}
    FROM "Showcase" s
    WHERE s.id = f."showcaseId"
      AND f."reminderSentAt" IS NULL
      AND s.status = 'APPROVED'
      AND s."startsAt" > ${now}
      AND s."startsAt" <= ${due}
      ${showcaseId ? Prisma.sql`AND s.id = ${showcaseId}` : Prisma.empty}
    RETURNING f."showcaseId", f."userId"`;
}
