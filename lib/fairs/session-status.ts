import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { dbClient } from "@/lib/scheduling/db-client";
import { loadSessionGrid } from "@/lib/scheduling/load-session-grid";
import { requireHostedSession } from "@/lib/tenancy/hosted";
import { consoleSessionQuery } from "./console-queries";

type Count<K extends string> = Record<K, number>;

/**
 * A session's live numbers for its organizers: registrations and requests by
 * status, meetings booked, slot utilization (booked meetings / the meetings the
 * grid could hold: slots x the smaller side of approved participants) and each
 * interpreter's load (meetings / the slots their shifts cover).
 */
export async function getSessionStatus(actor: Actor, sessionId: string) {
  const session = await requireHostedSession(actor, sessionId, { query: consoleSessionQuery });
  const grid = await loadSessionGrid(dbClient, session.id);
  const [registrations, requests, meetings, approvedByKind, shifts, interpreterMeetings] = await Promise.all([
    db.sessionRegistration.groupBy({ by: ["status"], where: { sessionId }, _count: { _all: true } }),
    db.meetingRequest.groupBy({ by: ["status"], where: { sessionId }, _count: { _all: true } }),
    db.meeting.groupBy({ by: ["status"], where: { sessionId }, _count: { _all: true } }),
    db.organization.groupBy({
      by: ["kind"],
      where: { status: "APPROVED", registrations: { some: { sessionId, status: "APPROVED" } } },
      _count: { _all: true },
    }),
    db.interpreterShift.findMany({
      where: { sessionId },
      select: { interpreterId: true, startsAt: true, endsAt: true, interpreter: { select: { name: true } } },
    }),
    db.meeting.groupBy({
      by: ["interpreterId"],
      where: { sessionId, status: { not: "CANCELLED" }, interpreterId: { not: null } },
      _count: { _all: true },
    }),
  ]);
  const tally = <K extends string>(keys: readonly K[], rows: { status: string; _count: { _all: number } }[]) =>
    Object.fromEntries(
      keys.map((k) => [k, rows.filter((r) => r.status === k).reduce((n, r) => n + r._count._all, 0)]),
    ) as Count<K>;

  const booked = meetings.filter((m) => m.status !== "CANCELLED").reduce((n, m) => n + m._count._all, 0);
  const suppliers = approvedByKind.find((k) => k.kind === "SUPPLIER")?._count._all ?? 0;
  const buyers = approvedByKind.find((k) => k.kind === "BUYER")?._count._all ?? 0;
  const capacity = grid.slots.length * Math.min(suppliers, buyers);
  const interpreters = new Map<string, { id: string; name: string; shiftSlots: number; meetings: number }>();
  for (const shift of shifts) {
    const entry = interpreters.get(shift.interpreterId) ?? {
      id: shift.interpreterId,
      name: shift.interpreter.name,
      shiftSlots: 0,
      meetings: 0,
    };
    entry.shiftSlots += grid.slots.filter((s) => s.start >= shift.startsAt && s.end <= shift.endsAt).length;
    interpreters.set(shift.interpreterId, entry);
  }
  for (const row of interpreterMeetings) {
    const entry = interpreters.get(row.interpreterId!);
    if (entry) entry.meetings = row._count._all;
  }
  return {
    session,
    slots: grid.slots.length,
    suppliers,
    buyers,
    registrations: tally(["PENDING", "APPROVED", "REJECTED", "WITHDRAWN"] as const, registrations),
    requests: tally(["PENDING", "ACCEPTED", "DECLINED", "EXPIRED", "CANCELLED"] as const, requests),
    meetings: tally(["SCHEDULED", "COMPLETED", "CANCELLED"] as const, meetings),
    booked,
    capacity,
    utilization: capacity > 0 ? booked / capacity : 0,
    interpreters: [...interpreters.values()].sort((a, b) => a.name.localeCompare(b.name)),
  };
}
