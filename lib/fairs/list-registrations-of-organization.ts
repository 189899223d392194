import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { sessionPhase, toLifecycleInput, type SessionPhase } from "./lifecycle";

/**
 * The published sessions an organization may join, with its registration status for
 * each: live ones first, then those ahead (soonest first), then the ended ones (newest first).
 */
export async function listSessionsWithOwnRegistration(actor: Actor) {
  const organizationId = actor.organizationId;
  if (!organizationId) return [];
  const sessions = await db.fairSession.findMany({
    where: { fair: { status: "PUBLISHED" } },
    orderBy: [{ fair: { startDate: "desc" } }, { position: "asc" }],
    include: {
      fair: { select: { slug: true, nameEn: true, nameZh: true, nameRu: true, status: true, timeZone: true } },
      registrations: { where: { organizationId }, select: { status: true } },
    },
  });
  const now = new Date();
  return sessions
    .map(({ registrations, ...session }) => ({ ...session, registrationStatus: registrations[0]?.status ?? null }))
    .sort((a, b) => rank(a, now) - rank(b, now) || phaseOrder(a, b, now));
}

type Dated = Parameters<typeof toLifecycleInput>[0];
const phaseRank: Record<SessionPhase, number> = { live: 0, open: 1, closed: 1, draft: 2, ended: 3, archived: 3 };
const rank = (session: Dated, now: Date) => phaseRank[sessionPhase(toLifecycleInput(session), now)];
// Ahead: soonest first; over: most recent first.
const phaseOrder = (a: Dated, b: Dated, now: Date) =>
  rank(a, now) >= 3 ? b.startDate.getTime() - a.startDate.getTime() : a.startDate.getTime() - b.startDate.getTime();
