import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { calendarDay } from "@/lib/time/format-window";
import { zonedInstant } from "@/lib/time/session-window";
import { requireHostedSession } from "@/lib/tenancy/hosted";

/** What the board needs to know of its session: the fair's zone, where "today" is read. */
export type LiveSessionMeta = { id: string; timeZone: string };

const sessionNotFound = () => new AppError("NOT_FOUND", "sessionNotFound");

/**
 * The session behind a board, for an organizer of the organization hosting its fair:
 * the permission, then the tenant in the `where` (another host's session, or none,
 * is NOT_FOUND: its existence is not revealed).
 */
export async function requireOverseenLiveSession(actor: Actor, sessionId: string): Promise<LiveSessionMeta> {
  requirePermission(actor, "oversee:meeting:any");
  if (!actor.organizationId || !/^[A-Za-z0-9_-]{1,64}$/.test(sessionId)) throw sessionNotFound();
  const session = await requireHostedSession(actor, sessionId, {
    query: { select: { id: true, fair: { select: { timeZone: true } } } },
  });
  return { id: session.id, timeZone: session.fair.timeZone };
}

/** The same without an actor, for the hub re-reading a session its viewers were allowed to see. */
export async function loadLiveSessionMeta(sessionId: string): Promise<LiveSessionMeta | null> {
  const session = await db.fairSession.findUnique({
    where: { id: sessionId },
    select: { id: true, fair: { select: { timeZone: true } } },
  });
  return session ? { id: session.id, timeZone: session.fair.timeZone } : null;
}

/** The calendar day of `now` in the fair's zone, and its bounds as instants. */
export function boardDay(now: Date, timeZone: string): { day: string; dayStart: Date; dayEnd: Date } {
  const day = calendarDay(now, timeZone);
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return { day, dayStart: zonedInstant(day, 0, timeZone), dayEnd: zonedInstant(next, 0, timeZone) };
}
