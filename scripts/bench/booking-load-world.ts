/**
 * The sustained load's cast: `pairs` Hangzhou suppliers and as many Vladivostok
 * buyers, and pairs x rounds pending requests laid out like a Latin square:
 * in round r supplier s has a request from buyer (s + r) mod pairs, to be
 * accepted into the r-th free slot. Every request is a distinct pair, no
 * organization has two requests in the same round, so no booking conflicts
 * with another and every accept should succeed. Requests are inserted in bulk
 * (the race exercises requestMeeting); each supplier's user holds a few tokens,
 * used in turn, so no token nears its 120 requests per minute.
 */
import type pg from "pg";
import { createTokens, insertParties, type BenchToken, type BookingSession } from "./booking-world";

export type LoadJob = { requestId: string; supplier: number; start: string };

export type LoadWorld = {
  jobs: LoadJob[];
  /** Tokens of supplier s: tokensBySupplier[s]. */
  tokensBySupplier: BenchToken[][];
  rounds: number;
  pairs: number;
};

export async function createLoadWorld(
  client: pg.Client,
  session: BookingSession,
  { pairs, rounds, tokensPerSupplier }: { pairs: number; rounds: number; tokensPerSupplier: number },
): Promise<LoadWorld> {
  if (rounds > pairs) throw new Error("load world: more rounds than pairs would repeat a pair");
  const common = { count: pairs, sessionId: session.sessionId };
  const suppliers = await insertParties(client, {
    ...common,
    prefix: "bk-load-sup-",
    kind: "SUPPLIER",
    timeZone: "Asia/Shanghai",
    city: "Hangzhou",
    country: "CN",
  });
  const buyers = await insertParties(client, {
    ...common,
    prefix: "bk-load-buy-",
    kind: "BUYER",
    timeZone: "Asia/Vladivostok",
    city: "Vladivostok",
    country: "RU",
  });
  // The slots both zones can meet in (the app's own availability defaults).
  const { freeSlots } = await import("../../lib/scheduling/find-free-slots");
  const slots = await freeSlots(session.sessionId, suppliers[0].organizationId, buyers[0].organizationId);
  if (slots.length < rounds) throw new Error(`load world: only ${slots.length} free slots for ${rounds} rounds`);

  const jobs: LoadJob[] = [];
  const rows: { id: string; from: string; to: string; by: string }[] = [];
  for (let r = 0; r < rounds; r++) {
    for (let s = 0; s < pairs; s++) {
      const buyer = buyers[(s + r) % pairs];
      const id = `bk-lr-${String(r).padStart(3, "0")}-${String(s).padStart(4, "0")}`;
      rows.push({ id, from: buyer.organizationId, to: suppliers[s].organizationId, by: buyer.userId });
      jobs.push({ requestId: id, supplier: s, start: slots[r].start.toISOString() });
    }
  }
  await client.query(
    `INSERT INTO "MeetingRequest" (id, "sessionId", "fromOrganizationId", "toOrganizationId", "requestedById",
       message, status, "expiresAt", "createdAt")
     SELECT r.id, $5, r.f, r.t, r.b, 'Bench: sustained booking', 'PENDING', now() + interval '48 hours', now()
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS r(id, f, t, b)`,
    [rows.map((r) => r.id), rows.map((r) => r.from), rows.map((r) => r.to), rows.map((r) => r.by), session.sessionId],
  );
  const tokens = await createTokens(
    suppliers.map((s) => s.userId),
    tokensPerSupplier,
  );
  const tokensBySupplier = suppliers.map((s) => tokens.filter((t) => t.userId === s.userId));
  return { jobs, tokensBySupplier, rounds, pairs };
}
