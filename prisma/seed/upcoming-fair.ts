/**
 * Seeds the upcoming edition of the demo fair (see upcoming-edition.ts) through the
 * app's own domain functions: the fair and its five sessions, the demo organizations
 * registered and approved, interpreter shifts, and the fabric session's requests,
 * reactions, proposal and meetings (upcoming-fabric.ts). Idempotent: does nothing
 * when the edition exists (a database seeded long ago keeps its old dates; start it
 * `--fresh` to move the edition ahead again).
 */
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { createFair } from "@/lib/fairs/create-fair";
import { createFairSession } from "@/lib/fairs/create-session";
import { decideRegistration, registerForSession } from "@/lib/fairs/register-for-session";
import { computeMatchTable } from "@/lib/matching/compute-match-table";
import { setInterpreterShifts } from "@/lib/scheduling/set-interpreter-shifts";
import { sessionDays } from "@/lib/time/session-window";
import { actorByEmail } from "./actors";
import { buyers, suppliers } from "./demo-companies";
import { organizers } from "./demo-fair";
import { seedExchangeRates } from "./exchange-rates";
import { upcomingEdition, upcomingFairSlug } from "./upcoming-edition";
import { extraRegistrations, interpreterShifts } from "./upcoming-fabric";
import { seedFabricSessionActivity } from "./upcoming-meetings";

export async function seedUpcomingFair({ now = new Date() } = {}): Promise<"seeded" | "already-seeded"> {
  if (await db.fair.findUnique({ where: { slug: upcomingFairSlug } })) return "already-seeded";
  const organizer = await actorByEmail(organizers[0].email);
  const edition = upcomingEdition(now);

  const fair = await createFair(organizer, { ...edition.fair, publish: true });
  await seedExchangeRates(organizer, fair.id);
  const sessionIds = new Map<string, string>();
  for (const session of edition.sessions) {
    sessionIds.set(session.slug, (await createFairSession(organizer, { ...session, fairId: fair.id })).id);
  }

  // The approved demo companies take part again, in the same sessions (plus a few more).
  for (const company of [...suppliers, ...buyers]) {
    if (company.status) continue; // pending and rejected applicants cannot register
    const member = await actorByEmail(company.email);
    for (const slug of [...company.sessions, ...(extraRegistrations[company.email] ?? [])]) {
      const registration = await registerForSession(member, sessionIds.get(slug)!);
      if (registration.status === "PENDING") await decideRegistration(organizer, registration.id, "approve");
    }
  }

  await seedInterpreterShifts(organizer, sessionIds, edition.sessions);
  await seedFabricSessionActivity(organizer, sessionIds, { now });
  for (const sessionId of sessionIds.values()) await computeMatchTable(sessionId);
  return "seeded";
}

async function seedInterpreterShifts(
  organizer: Actor,
  sessionIds: Map<string, string>,
  sessions: { slug: string; startDate: string; endDate: string }[],
) {
  for (const shift of interpreterShifts) {
    const interpreter = await db.user.findUniqueOrThrow({ where: { email: shift.email }, select: { id: true } });
    for (const session of sessions) {
      if (shift.sessions !== "all" && !shift.sessions.includes(session.slug)) continue;
      const days = sessionDays({
        startDate: new Date(`${session.startDate}T00:00:00Z`),
        endDate: new Date(`${session.endDate}T00:00:00Z`),
      }).filter((_, index) => shift.days === "all" || shift.days.includes(index));
      await setInterpreterShifts(organizer, {
        sessionId: sessionIds.get(session.slug)!,
        interpreterId: interpreter.id,
        days: days.map((day) => ({ day, ranges: [{ start: shift.start, end: shift.end }] })),
      });
    }
  }
}
