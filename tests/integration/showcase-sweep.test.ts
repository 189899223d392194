/**
 * A broadcast left on air past its end is closed by the periodic sweep (the pg-boss
 * "expire-requests" job of lib/jobs/mail-worker.ts), exactly as the supplier's stop would
 * close it: liveEndedAt, the recording PROCESSING and one post-processing job queued. A
 * second sweep changes nothing and queues nothing; a showcase still running, or one that
 * never went on air, is left alone.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { stopBoss } from "@/lib/jobs/boss";
import { EXPIRE_REQUESTS_QUEUE, mailBoss } from "@/lib/jobs/mail-queue";
import { startMailWorker, stopMailWorker } from "@/lib/jobs/mail-worker";
import { closeOverdueShowcases } from "@/lib/showcases/media/showcase-media";
import { reviewShowcase } from "@/lib/showcases/review-showcase";
import { scheduleShowcase } from "@/lib/showcases/schedule-showcase";
import { beforeTheFair, createMeetingWorld, type MeetingWorld } from "../factories/meetings";

let world: MeetingWorld;

/** An approved showcase of the factory session at a Hangzhou wall-clock time (UTC+8). */
async function approvedShowcase(start: string) {
  const showcase = await scheduleShowcase(
    world.supplier.actor,
    { sessionId: world.session.id, titleEn: "Live", start, durationMinutes: 30, productIds: [] },
    { now: beforeTheFair },
  );
  await reviewShowcase(
    world.organizer,
    { showcaseId: showcase.id, decision: "APPROVED", isPublic: "" },
    { now: beforeTheFair },
  );
  return showcase;
}

async function onAir(showcaseId: string, since: Date) {
  await db.showcase.update({ where: { id: showcaseId }, data: { liveStartedAt: since } });
}

async function recordingJobs(showcaseId: string): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'showcase-recording' AND singleton_key = ${showcaseId}`;
  return row.n;
}

beforeAll(async () => {
  world = await createMeetingWorld({ suppliers: 1, buyers: 1 });
});

beforeEach(async () => {
  await db.showcase.deleteMany({});
});

afterAll(async () => {
  await stopMailWorker();
  await stopBoss();
});

describe("closing showcases left on air", () => {
  it("closes an overdue broadcast like a stop, once; leaves a running and a never-aired one alone", async () => {
    const overdue = await approvedShowcase("2026-06-01T10:00"); // 02:00-02:30 UTC
    const running = await approvedShowcase("2026-06-01T10:40"); // 02:40-03:10 UTC
    const neverAired = await approvedShowcase("2026-06-01T09:00"); // 01:00-01:30 UTC
    await onAir(overdue.id, new Date("2026-06-01T02:00:30Z"));
    await onAir(running.id, new Date("2026-06-01T02:40:10Z"));
    const now = new Date("2026-06-01T02:45:00Z");

    expect(await closeOverdueShowcases({ now })).toBe(1);
    const closed = await db.showcase.findUniqueOrThrow({ where: { id: overdue.id } });
    expect(closed.liveEndedAt).toEqual(now);
    expect(closed.recordingStatus).toBe("PROCESSING");
    expect(await recordingJobs(overdue.id)).toBe(1);
    for (const id of [running.id, neverAired.id]) {
      const untouched = await db.showcase.findUniqueOrThrow({ where: { id } });
      expect(untouched.liveEndedAt).toBeNull();
      expect(untouched.recordingStatus).toBe("NONE");
    }

    // Again, later: nothing changes and no second job is queued.
    const later = new Date("2026-06-01T02:50:00Z");
    expect(await closeOverdueShowcases({ now: later })).toBe(0);
    expect((await db.showcase.findUniqueOrThrow({ where: { id: overdue.id } })).liveEndedAt).toEqual(now);
    expect(await recordingJobs(overdue.id)).toBe(1);
  });

  it("runs in the periodic pg-boss sweep", async () => {
    // The factory session (June 2026) is over by the machine's clock, so this broadcast is overdue now.
    const showcase = await approvedShowcase("2026-06-01T11:00");
    await onAir(showcase.id, new Date("2026-06-01T03:00:05Z"));
    await startMailWorker({ expireEverySeconds: 0 });
    const sender = await mailBoss("sender");
    await sender.send(EXPIRE_REQUESTS_QUEUE, {}, { singletonKey: EXPIRE_REQUESTS_QUEUE });
    await expect
      .poll(async () => (await db.showcase.findUniqueOrThrow({ where: { id: showcase.id } })).liveEndedAt, {
        timeout: 20_000,
        interval: 250,
      })
      .not.toBeNull();
    expect(await recordingJobs(showcase.id)).toBe(1);
  });
});
