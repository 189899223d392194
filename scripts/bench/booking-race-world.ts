/**
 * The race's casts, each contesting one organization's time:
 * - "one supplier": a Hangzhou supplier and `requests` Moscow buyers, each of
 *   which asked the supplier for a meeting; the supplier's integrations hold
 *   `clients` tokens, 20 per user (the most one person may hold), and race to
 *   accept different requests;
 * - "one buyer": a Moscow buyer asked `requests` Hangzhou suppliers; each
 *   supplier accepts with its own token.
 * Requests go through requestMeeting, as the API would send them; every racing
 * client has its own token, hence its own rate limit.
 */
import type pg from "pg";
import { createTokens, insertParties, type BookingSession } from "./booking-world";

export type RaceKind = "one supplier" | "one buyer";

export type RaceWorld = {
  kind: RaceKind;
  contestedOrgId: string;
  contestedColumn: "supplierOrgId" | "buyerOrgId";
  /** The pending requests, in the order they were sent. */
  requestIds: string[];
  /** The token of the i-th client of a round, accepting `requestId`. */
  tokenFor(requestId: string, client: number): string;
};

const TOKENS_PER_USER = 20;
const moscow = { kind: "BUYER", timeZone: "Europe/Moscow", city: "Moscow", country: "RU" } as const;
const hangzhou = { kind: "SUPPLIER", timeZone: "Asia/Shanghai", city: "Hangzhou", country: "CN" } as const;

export async function createRaceWorld(
  client: pg.Client,
  session: BookingSession,
  { kind, clients, requests }: { kind: RaceKind; clients: number; requests: number },
): Promise<RaceWorld> {
  const { sessionId } = session;
  const oneSupplier = kind === "one supplier";
  const users = Math.ceil(clients / TOKENS_PER_USER);
  const [contested] = await insertParties(client, {
    ...(oneSupplier ? hangzhou : moscow),
    prefix: oneSupplier ? "bk-rs-sup-" : "bk-rb-buy-",
    count: 1,
    sessionId,
    extraUsersOfFirst: oneSupplier ? users - 1 : 0,
  });
  const others = await insertParties(client, {
    ...(oneSupplier ? moscow : hangzhou),
    prefix: oneSupplier ? "bk-rs-buy-" : "bk-rb-sup-",
    count: requests,
    sessionId,
  });

  const { loadActor } = await import("../../lib/auth/actor");
  const { requestMeeting } = await import("../../lib/meetings/request-meeting");
  const requestIds: string[] = [];
  const tokenByRequest = new Map<string, string>();
  const supplierTokens = oneSupplier
    ? await createTokens(
        Array.from({ length: users }, (_, i) => `${contested.organizationId}-u${i}`),
        TOKENS_PER_USER,
      )
    : [];
  const buyer = oneSupplier ? null : (await loadActor(contested.userId))!;
  for (const other of others) {
    const actor = buyer ?? (await loadActor(other.userId))!;
    const { request } = await requestMeeting(
      actor,
      {
        sessionId,
        organizationId: oneSupplier ? contested.organizationId : other.organizationId,
        message: "Bench: we would like to meet",
      },
      // The world is set up, not lived: nobody is mailed about these requests.
      { notify: false },
    );
    requestIds.push(request.id);
    if (!oneSupplier) tokenByRequest.set(request.id, (await createTokens([other.userId], 1))[0].token);
  }
  return {
    kind,
    contestedOrgId: contested.organizationId,
    contestedColumn: oneSupplier ? "supplierOrgId" : "buyerOrgId",
    requestIds,
    tokenFor: (requestId, i) => tokenByRequest.get(requestId) ?? supplierTokens[i].token,
  };
}
