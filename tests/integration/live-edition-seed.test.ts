import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sessionLifecycleSelect, sessionPhase, toLifecycleInput } from "@/lib/fairs/lifecycle";
import { seedDemoFair } from "@/prisma/seed";
import { seedLiveEdition } from "@/prisma/seed/live-edition";
import { liveFairSlug } from "@/prisma/seed/live-plan";

// The live edition is placed around whatever instant the demo is seeded at: these are
// clock times in Hangzhou (the fair's zone), midnight on either side included.
const hangzhou = (local: string) => new Date(`${local}+08:00`);
const MINUTE = 60_000;
const firstSeeding = hangzhou("2027-03-15T03:07:00");

const emails = { buyer: "buyer@fairbridge.demo", supplier: "supplier@fairbridge.demo" };
const orgOf = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).organizationId!;

async function liveSession() {
  return db.fairSession.findFirstOrThrow({
    where: { fair: { slug: liveFairSlug } },
    select: {
      id: true,
      dailyStartMinute: true,
      dailyEndMinute: true,
      slotMinutes: true,
      registrations: { select: { status: true, createdAt: true } },
      interpreterShifts: { select: { interpreterId: true, startsAt: true, endsAt: true } },
      meetings: { include: { outcomeReports: true, interpreter: true }, orderBy: { startsAt: "asc" } },
      ...sessionLifecycleSelect,
    },
  });
}

/** Rows of the two other editions, which seeding the live one must never touch. */
async function otherEditions() {
  const notLive = { session: { fair: { slug: { not: liveFairSlug } } } };
  const [fairs, meetings, registrations, requests] = await Promise.all([
    db.fair.findMany({ where: { slug: { not: liveFairSlug } }, select: { id: true, updatedAt: true } }),
    db.meeting.findMany({ where: notLive, select: { id: true, updatedAt: true } }),
    db.sessionRegistration.count({ where: notLive }),
    db.meetingRequest.count({ where: notLive }),
  ]);
  return { fairs, meetings, registrations, requests };
}

let before: Awaited<ReturnType<typeof otherEditions>>;
beforeAll(async () => {
  await seedDemoFair({ now: firstSeeding });
  before = await otherEditions();
});

describe("the live edition of the demo seed", () => {
  it.each([
    ["03:07", firstSeeding],
    ["noon sharp", hangzhou("2027-03-15T12:00:00")],
    ["23:55", hangzhou("2027-03-15T23:55:00")],
    ["just after midnight", hangzhou("2027-03-16T00:01:30")],
  ])("seeded at %s in Hangzhou, shows the session live with meetings around that instant", async (_at, now) => {
    await seedLiveEdition({ now });
    const session = await liveSession();
    expect(sessionPhase(toLifecycleInput(session), now)).toBe("live");
    expect(session).toMatchObject({ dailyStartMinute: 0, dailyEndMinute: 24 * 60, slotMinutes: 15 });
    // Every registration was made while registration was open, and approved.
    for (const registration of session.registrations) {
      expect(registration.status).toBe("APPROVED");
      expect(sessionPhase(toLifecycleInput(session), registration.createdAt)).toBe("open");
    }

    const [buyerOrgId, supplierOrgId] = await Promise.all([orgOf(emails.buyer), orgOf(emails.supplier)]);
    const demoPair = session.meetings.filter((m) => m.buyerOrgId === buyerOrgId && m.supplierOrgId === supplierOrgId);
    const inProgress = demoPair.filter((m) => m.startsAt <= now && now < m.endsAt);
    expect(inProgress).toHaveLength(1);
    const [current] = inProgress;
    expect(current).toMatchObject({ status: "SCHEDULED", buyerNoShow: false, supplierNoShow: false });
    expect(current.interpreter?.email).toBe("interpreter@fairbridge.demo");
    expect(
      session.interpreterShifts.some(
        (s) =>
          s.interpreterId === current.interpreterId && s.startsAt <= current.startsAt && s.endsAt >= current.endsAt,
      ),
    ).toBe(true);

    const startingSoon = session.meetings.filter(
      (m) => m.startsAt > now && m.startsAt.getTime() - now.getTime() <= 15 * MINUTE,
    );
    expect(startingSoon).toHaveLength(1);
    expect(startingSoon[0]).toMatchObject({ buyerOrgId, supplierOrgId, status: "SCHEDULED" });

    const finished = session.meetings.filter((m) => m.endsAt <= now && m.outcomeReports.length > 0);
    expect(finished).toHaveLength(1);
    expect(finished[0].status).toBe("COMPLETED");
    expect(finished[0].outcomeReports.map((r) => r.side).sort()).toEqual(["BUYER", "SUPPLIER"]);
    expect(finished[0]).toMatchObject({ buyerNoShow: false, supplierNoShow: false, outcome: expect.any(String) });

    const noShows = session.meetings.filter((m) => m.buyerNoShow || m.supplierNoShow);
    expect(noShows).toHaveLength(1);
    expect(noShows[0]).toMatchObject({ buyerNoShow: true, supplierNoShow: false, supplierOrgId, noShowCheckedAt: now });
    expect(noShows[0].endsAt <= now).toBe(true);
  });

  it("keeps the meetings while they surround now, and moves them once they no longer do", async () => {
    const noon = hangzhou("2027-03-17T12:00:00");
    expect(await seedLiveEdition({ now: noon })).toBe("seeded");
    const placed = (await liveSession()).meetings.map((m) => m.id);

    expect(await seedLiveEdition({ now: new Date(noon.getTime() + 14 * MINUTE) })).toBe("already-seeded");
    expect((await liveSession()).meetings.map((m) => m.id)).toEqual(placed);

    const later = new Date(noon.getTime() + 20 * MINUTE);
    expect(await seedLiveEdition({ now: later })).toBe("seeded");
    const moved = (await liveSession()).meetings;
    expect(moved.map((m) => m.id).some((id) => placed.includes(id))).toBe(false);
    expect(moved.find((m) => m.startsAt <= later && later < m.endsAt)?.startsAt).toEqual(
      hangzhou("2027-03-17T12:15:00"),
    );
    expect(await db.fair.count({ where: { slug: liveFairSlug } })).toBe(1);
  });

  it("leaves the 2022 and the upcoming editions untouched", async () => {
    expect(await otherEditions()).toEqual(before);
    expect(before.fairs).toHaveLength(2);
  });
});
