import "server-only";
import type { FixedMeeting, ScheduleProblem } from "@/lib/scheduling/auto/problem";
import type { DbClient } from "@/lib/scheduling/db-client";
import { interpreterLanguages } from "@/lib/scheduling/interpreter-sql";
import { coveredBy, overlaps, type Interval } from "@/lib/scheduling/intervals";
import { loadAvailability } from "@/lib/scheduling/load-availability";
import { loadSessionGrid, type SessionGrid } from "@/lib/scheduling/load-session-grid";
import type { Slot } from "@/lib/scheduling/slot-grid";
import { collectCandidatePairs, type CandidatePair } from "./collect-pairs";

export type BuiltProblem = {
  grid: SessionGrid;
  problem: ScheduleProblem;
  /** The pairs to place, by their request id in the problem. */
  pairs: Map<string, CandidatePair>;
};

/** A slot's id in the problem: its start instant, stable across rebuilds. */
export const slotIdOf = (slot: Interval) => slot.start.toISOString();
export const fixedRequestId = (meetingId: string) => `meeting:${meetingId}`;

type Busy = { owner: string; start: Date; end: Date };

/**
 * The session as the solver sees it (lib/scheduling/auto/problem.ts): the grid's
 * slots still ahead of `now`; each party's availability (what it set, or the
 * default) and each interpreter's shifts as slot ids; the candidate pairs with
 * their weights; this session's booked meetings that sit on a slot as fixed.
 * Time taken by other meetings (other sessions, or this session's meetings off
 * the grid) is removed from the people concerned, so nothing placed can overlap them.
 */
export async function buildScheduleProblem(client: DbClient, sessionId: string, now: Date): Promise<BuiltProblem> {
  const grid = await loadSessionGrid(client, sessionId);
  const slots = grid.slots.filter((slot) => slot.start > now);
  const slotIds = new Map(slots.map((slot) => [slotIdOf(slot), slot]));
  const pairs = await collectCandidatePairs(client, sessionId, now);
  const horizon = slots.length ? { start: slots[0].start, end: slots.at(-1)!.end } : { start: now, end: now };

  const booked = await client.meeting.findMany({
    where: {
      status: "SCHEDULED",
      startsAt: { lt: horizon.end },
      endsAt: { gt: horizon.start },
      OR: [{ sessionId }, { supplierOrgId: { in: orgIdsOf(pairs) } }, { buyerOrgId: { in: orgIdsOf(pairs) } }],
    },
    select: {
      id: true,
      sessionId: true,
      supplierOrgId: true,
      buyerOrgId: true,
      interpreterId: true,
      startsAt: true,
      endsAt: true,
    },
  });
  const fixed: (FixedMeeting & { a: string; b: string })[] = [];
  const busy: Busy[] = [];
  for (const meeting of booked) {
    const slot = meeting.sessionId === sessionId ? slotIds.get(meeting.startsAt.toISOString()) : undefined;
    if (slot && slot.end.getTime() === meeting.endsAt.getTime()) {
      fixed.push({
        request: fixedRequestId(meeting.id),
        slot: slotIdOf(slot),
        ...(meeting.interpreterId ? { interpreter: meeting.interpreterId } : {}),
        a: meeting.supplierOrgId,
        b: meeting.buyerOrgId,
      });
    } else {
      for (const owner of [meeting.supplierOrgId, meeting.buyerOrgId, meeting.interpreterId]) {
        if (owner) busy.push({ owner, start: meeting.startsAt, end: meeting.endsAt });
      }
    }
  }

  const participantIds = [...new Set([...orgIdsOf(pairs), ...fixed.flatMap((f) => [f.a, f.b])])];
  const availability = await loadAvailability(client, sessionId, grid.timetable, participantIds);
  const participants = participantIds.map((id) => ({
    id,
    available: freeSlotIds(slots, availability.get(id)?.ranges ?? [], busy, id, fixedSlotsOf(fixed, id)),
  }));

  const shifts = await client.interpreterShift.findMany({
    where: {
      sessionId,
      interpreter: { role: "INTERPRETER", disabledAt: null, languages: { hasEvery: interpreterLanguages } },
    },
    select: { interpreterId: true, startsAt: true, endsAt: true },
  });
  const interpreterIds = [...new Set(shifts.map((s) => s.interpreterId))].sort();
  const interpreters = interpreterIds.map((id) => ({
    id,
    available: freeSlotIds(
      slots,
      shifts.filter((s) => s.interpreterId === id).map((s) => ({ start: s.startsAt, end: s.endsAt })),
      busy,
      id,
      fixed.filter((f) => f.interpreter === id).map((f) => f.slot),
    ),
  }));

  const problem: ScheduleProblem = {
    slots: slots.map((slot) => ({ id: slotIdOf(slot), start: slot.start.toISOString(), end: slot.end.toISOString() })),
    participants,
    interpreters,
    requests: [
      ...pairs.map((pair) => ({
        id: pair.key,
        a: pair.supplierOrgId,
        b: pair.buyerOrgId,
        weight: pair.weight,
        ...(pair.needsInterpreter ? { needsInterpreter: true } : {}),
      })),
      // Booked meetings take part only as fixed: their weight does not matter.
      ...fixed.map((f) => ({
        id: f.request,
        a: f.a,
        b: f.b,
        weight: 1,
        ...(f.interpreter ? { needsInterpreter: true } : {}),
      })),
    ],
    fixed: fixed.map(({ request, slot, interpreter }) => ({ request, slot, ...(interpreter ? { interpreter } : {}) })),
  };
  return { grid, problem, pairs: new Map(pairs.map((pair) => [pair.key, pair])) };
}

function orgIdsOf(pairs: CandidatePair[]): string[] {
  return [...new Set(pairs.flatMap((pair) => [pair.supplierOrgId, pair.buyerOrgId]))];
}

function fixedSlotsOf(fixed: { slot: string; a: string; b: string }[], id: string): string[] {
  return fixed.filter((f) => f.a === id || f.b === id).map((f) => f.slot);
}

/**
 * Slots inside `ranges` that overlap none of the owner's other meetings; a fixed
 * meeting's slot always counts as available (it is booked there already).
 */
function freeSlotIds(slots: Slot[], ranges: Interval[], busy: Busy[], owner: string, fixedSlots: string[]): string[] {
  const own = busy.filter((b) => b.owner === owner);
  const fixedSet = new Set(fixedSlots);
  return slots
    .filter(
      (slot) =>
        fixedSet.has(slotIdOf(slot)) || (coveredBy(ranges, slot) && !own.some((meeting) => overlaps(meeting, slot))),
    )
    .map(slotIdOf);
}
