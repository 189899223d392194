/**
 * The race: `clients` API clients accept, at the same instant, `clients`
 * different pending requests into the SAME slot, spread round-robin over the app
 * instances. Every request involves the contested organization (one supplier
 * asked by many buyers, or one buyer asking many suppliers), which can be in only
 * one meeting at a time, so exactly one accept may win (201); every other must
 * get 409 CONFLICT with the next free slots, and nothing a 5xx. Checked in SQL.
 */
import type pg from "pg";
import { armRequests, type RawResponse } from "./booking-raw-http";
import type { RaceKind, RaceWorld } from "./booking-race-world";

export type RaceRound = {
  kind: RaceKind;
  slot: string;
  clients: number;
  ports: number[];
  statuses: Record<string, number>;
  /** 409s whose body is CONFLICT with nextFreeSlots starting right after the contested slot. */
  slotTakenWithNext: number;
  spreadMs: number;
  firstMs: number;
  lastMs: number;
  meetingsInSlot: number;
  acceptedRequests: number;
  ok: boolean;
  problems: string[];
};

export async function runRaceRound(
  client: pg.Client,
  world: RaceWorld,
  { ports, slot, slotMinutes, clients }: { ports: number[]; slot: Date; slotMinutes: number; clients: number },
): Promise<RaceRound> {
  const { rows: pending } = await client.query<{ id: string }>(
    `SELECT id FROM "MeetingRequest" WHERE id = ANY($1::text[]) AND status = 'PENDING'`,
    [world.requestIds],
  );
  const open = new Set(pending.map((r) => r.id));
  const requestIds = world.requestIds.filter((id) => open.has(id)).slice(0, clients);
  if (requestIds.length < clients) throw new Error(`race: only ${requestIds.length} pending requests left`);
  const acceptedBefore = await acceptedCount(client, world);

  const batch = await armRequests(
    requestIds.map((id, i) => ({
      port: ports[i % ports.length],
      path: `/api/v1/meeting-requests/${id}/accept`,
      token: world.tokenFor(id, i),
      body: { start: slot.toISOString() },
    })),
  );
  // Let the servers read the partial requests before the release.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const { responses, spreadMs } = await batch.release();

  const nextStart = new Date(slot.getTime() + slotMinutes * 60_000).toISOString();
  const statuses: Record<string, number> = {};
  for (const r of responses) {
    const key = r.error ? `error:${r.error}` : String(r.status);
    statuses[key] = (statuses[key] ?? 0) + 1;
  }
  const slotTakenWithNext = responses.filter((r) => r.status === 409 && isSlotTaken(r, nextStart)).length;

  const { rows } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Meeting"
     WHERE "${world.contestedColumn}" = $1 AND status <> 'CANCELLED'
       AND tstzrange("startsAt", "endsAt", '[)') && tstzrange($2::timestamptz, $3::timestamptz, '[)')`,
    [world.contestedOrgId, slot, new Date(slot.getTime() + slotMinutes * 60_000)],
  );
  const meetingsInSlot = rows[0].n;
  const acceptedRequests = (await acceptedCount(client, world)) - acceptedBefore;

  const problems: string[] = [];
  const winners = responses.filter((r) => r.status === 201);
  if (winners.length !== 1) problems.push(`${winners.length} clients got 201 (expected exactly 1)`);
  else if (new Date(JSON.parse(winners[0].body).start).getTime() !== slot.getTime()) {
    problems.push("the winner's meeting is not at the slot");
  }
  const fiveHundreds = responses.filter((r) => r.status >= 500 || r.status === 0).length;
  if (fiveHundreds > 0) problems.push(`${fiveHundreds} answers were 5xx or none`);
  const conflicts = responses.filter((r) => r.status === 409).length;
  if (conflicts !== clients - 1) problems.push(`${conflicts} clients got 409 (expected ${clients - 1})`);
  if (slotTakenWithNext !== conflicts)
    problems.push(`${conflicts - slotTakenWithNext} 409s without slotTaken + next slot ${nextStart}`);
  if (meetingsInSlot !== 1)
    problems.push(`${meetingsInSlot} meetings of the contested organization in the slot (expected 1)`);
  if (acceptedRequests !== 1) problems.push(`${acceptedRequests} requests became ACCEPTED (expected 1)`);

  const times = responses.map((r) => r.ms).sort((a, b) => a - b);
  return {
    kind: world.kind,
    slot: slot.toISOString(),
    clients,
    ports,
    statuses,
    slotTakenWithNext,
    spreadMs,
    firstMs: times[0],
    lastMs: times.at(-1)!,
    meetingsInSlot,
    acceptedRequests,
    ok: problems.length === 0,
    problems,
  };
}

function isSlotTaken(response: RawResponse, nextStart: string): boolean {
  try {
    const { error } = JSON.parse(response.body);
    const next = error?.nextFreeSlots?.[0]?.start;
    return error?.code === "CONFLICT" && typeof next === "string" && new Date(next).toISOString() === nextStart;
  } catch {
    return false;
  }
}

async function acceptedCount(client: pg.Client, world: RaceWorld): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "MeetingRequest" WHERE id = ANY($1::text[]) AND status = 'ACCEPTED'`,
    [world.requestIds],
  );
  return rows[0].n;
}
