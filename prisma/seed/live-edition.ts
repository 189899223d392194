/**
 * The live edition of the demo fair (live-plan.ts), written around the seeding
 * instant through the app's domain functions: the fair and its fabric session, its
 * participants (live-participants.ts, registered three days before), the demo
 * interpreter on shift all day, and the meetings of live-meeting-plan.ts.
 *
 * It moves with time. Seeding again (every `npm run demo` does) keeps the edition
 * while a meeting of the demo pair is in progress and another starts within 15
 * minutes; otherwise the edition is removed and placed anew around the new instant.
 */
import { db } from "@/lib/db";
import { createFair } from "@/lib/fairs/create-fair";
import { createFairSession } from "@/lib/fairs/create-session";
import { computeMatchTable } from "@/lib/matching/compute-match-table";
import { setInterpreterShifts } from "@/lib/scheduling/set-interpreter-shifts";
import { sessionDays } from "@/lib/time/session-window";
import { actorByEmail } from "./actors";
import { organizers } from "./demo-fair";
import { seedExchangeRates } from "./exchange-rates";
import { placeLiveMeetings } from "./live-meetings";
import { registerLiveParticipants } from "./live-participants";
import { liveEdition, liveFairSlug, liveSlotMinutes } from "./live-plan";

const DAY = 86_400_000;

export async function seedLiveEdition({ now = new Date() } = {}): Promise<"seeded" | "already-seeded"> {
  if (await demoPairMeetsAroundNow(now)) return "already-seeded";
  await removeLiveEdition();
  const organizer = await actorByEmail(organizers[0].email);
  const edition = liveEdition(now);

  const fair = await createFair(organizer, { ...edition.fair, publish: true });
  await seedExchangeRates(organizer, fair.id);
  const session = await createFairSession(organizer, { ...edition.session, fairId: fair.id });

  await registerLiveParticipants(organizer, session.id, new Date(now.getTime() - 3 * DAY));
  const interpreter = await actorByEmail("interpreter@fairbridge.demo");
  await setInterpreterShifts(organizer, {
    sessionId: session.id,
    interpreterId: interpreter.id,
    days: sessionDays(session).map((day) => ({ day, ranges: [{ start: "00:00", end: "24:00" }] })),
  });
  await placeLiveMeetings(session.id, now);
  await computeMatchTable(session.id, { now });
  return "seeded";
}

/** The demo buyer and supplier are in a meeting now, and have the next one within a slot. */
async function demoPairMeetsAroundNow(now: Date): Promise<boolean> {
  const [buyer, supplier] = await Promise.all(["buyer@fairbridge.demo", "supplier@fairbridge.demo"].map(actorByEmail));
  const pair = {
    session: { fair: { slug: liveFairSlug } },
    buyerOrgId: buyer.organizationId!,
    supplierOrgId: supplier.organizationId!,
    status: "SCHEDULED" as const,
  };
  const soon = new Date(now.getTime() + liveSlotMinutes * 60_000);
  const [inProgress, next] = await Promise.all([
    db.meeting.count({ where: { ...pair, startsAt: { lte: now }, endsAt: { gt: now } } }),
    db.meeting.count({ where: { ...pair, startsAt: { gt: now, lte: soon } } }),
  ]);
  return inProgress > 0 && next > 0;
}

/** Meetings hold on to their session (onDelete: Restrict); the rest goes with the fair (cascade). */
async function removeLiveEdition(): Promise<void> {
  const fair = await db.fair.findUnique({ where: { slug: liveFairSlug }, select: { id: true } });
  if (!fair) return;
  await db.$transaction([
    db.meeting.deleteMany({ where: { session: { fairId: fair.id } } }),
    db.fair.delete({ where: { id: fair.id } }),
  ]);
}
