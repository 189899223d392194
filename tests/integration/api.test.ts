/**
 * The public REST API (/api/v1): route handlers called directly with Request
 * objects on the test database. The clock (Date only) is frozen before the
 * factory fair, so every slot of it is bookable and a rate-limit window never ends
 * mid-test.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { authenticateBearer } from "@/lib/api-tokens/authenticate-bearer";
import { hashApiToken } from "@/lib/api-tokens/token-secret";
import { stopBoss } from "@/lib/jobs/boss";
import { GET as listSessions } from "@/app/api/v1/sessions/route";
import { GET as getSession } from "@/app/api/v1/sessions/[id]/route";
import { GET as listFreeSlots } from "@/app/api/v1/sessions/[id]/free-slots/route";
import { POST as requestMeeting } from "@/app/api/v1/meeting-requests/route";
import { POST as acceptRequest } from "@/app/api/v1/meeting-requests/[id]/accept/route";
import { POST as declineRequest } from "@/app/api/v1/meeting-requests/[id]/decline/route";
import { GET as listMeetings } from "@/app/api/v1/meetings/route";
import { GET as getMeeting } from "@/app/api/v1/meetings/[id]/route";
import { POST as cancelMeeting } from "@/app/api/v1/meetings/[id]/cancel/route";
import { GET as meetingIcs } from "@/app/api/v1/meetings/[id]/ics/route";
import { GET as openApi } from "@/app/api/v1/openapi.json/route";
import * as unknownPath from "@/app/api/v1/[...path]/route";
import { at, beforeTheFair, createMeetingWorld, type MeetingWorld } from "../factories/meetings";
import { createApprovedBuyer } from "../factories/organizations";
import { createInterpreterActor } from "../factories/users";
import { parseIcs } from "../support/ics";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Call = {
  token?: string | null;
  params?: Record<string, string>;
  query?: string;
  body?: unknown;
  rawBody?: string;
};

let world: MeetingWorld;
let buyerToken: string;
let supplierToken: string;
let otherBuyerToken: string;

const errorsOf = (locale: string) =>
  JSON.parse(readFileSync(path.resolve("messages", locale, "errors.json"), "utf8")) as Record<string, string>;

function request(method: "GET" | "POST", url: string, { token, body, rawBody }: Call): Request {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  const payload = rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
  if (payload !== undefined) headers["content-type"] = "application/json";
  return new Request(url, { method, headers, body: payload });
}

async function call(handler: Handler, method: "GET" | "POST", call: Call = {}) {
  const url = `http://fair.example.test/api/v1/x${call.query ? `?${call.query}` : ""}`;
  const response = await handler(request(method, url, call), { params: Promise.resolve(call.params ?? {}) });
  const text = await response.text();
  const type = response.headers.get("content-type") ?? "";
  return {
    status: response.status,
    headers: response.headers,
    text,
    json: type.includes("json") ? JSON.parse(text) : null,
  };
}

const get = (handler: Handler, c?: Call) => call(handler, "GET", c);
const post = (handler: Handler, c?: Call) => call(handler, "POST", c);

async function tokenFor(actor: Actor, name = "CRM") {
  return (await createApiToken(actor, { name })).token;
}

async function requestFrom(token: string, organizationId: string, extra: Record<string, unknown> = {}) {
  const created = await post(requestMeeting, {
    token,
    body: { sessionId: world.session.id, organizationId, message: "Fleece, 3 000 m", ...extra },
  });
  expect(created.status, created.text).toBe(201);
  return created.json as { id: string; status: string };
}

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ["Date"], now: beforeTheFair });
  process.env.APP_URL = "https://fair.example.test/";
  world = await createMeetingWorld({ suppliers: 1, buyers: 2 });
  buyerToken = await tokenFor(world.buyer.actor);
  supplierToken = await tokenFor(world.supplier.actor);
  otherBuyerToken = await tokenFor(world.buyers[1].actor);
});

afterEach(async () => {
  await db.meeting.deleteMany({});
  await db.meetingRequest.deleteMany({});
});

afterAll(async () => {
  await stopBoss();
  vi.useRealTimers();
});

describe("API tokens", () => {
  it("are shown once as fb_ + 32 random bytes, stored only as SHA-256, listed and revoked by their owner", async () => {
    const { token, id } = await createApiToken(world.buyer.actor, { name: "Bitrix24" });
    expect(token).toMatch(/^fb_[A-Za-z0-9_-]{43}$/);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).toBe(hashApiToken(token));
    expect(JSON.stringify(row)).not.toContain(token.slice(3));
    expect((await listApiTokens(world.buyer.actor)).map((t) => t.name)).toContain("Bitrix24");
    expect(await listApiTokens(world.supplier.actor)).not.toContainEqual(expect.objectContaining({ id }));

    // Someone else's token does not exist for them.
    await expect(revokeApiToken(world.supplier.actor, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const header = (t: string) => new Request("http://x/", { headers: { authorization: `Bearer ${t}` } });
    expect((await authenticateBearer(header(token)))?.id).toBe(world.buyer.user.id);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(beforeTheFair);

    // lastUsedAt is written at most once a minute.
    try {
      vi.setSystemTime(new Date(beforeTheFair.getTime() + 30_000));
      await authenticateBearer(header(token));
      expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(beforeTheFair);
      vi.setSystemTime(new Date(beforeTheFair.getTime() + 61_000));
      await authenticateBearer(header(token));
      expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(
        new Date(beforeTheFair.getTime() + 61_000),
      );
    } finally {
      vi.setSystemTime(beforeTheFair);
    }

    await revokeApiToken(world.buyer.actor, id);
    expect(await authenticateBearer(header(token))).toBeNull();
    const audit = await db.auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["apiToken.created", "apiToken.revoked"]);
  });

  it("refuses a token name that is empty", async () => {
    await expect(createApiToken(world.buyer.actor, { name: "  " })).rejects.toThrow();
  });
});

describe("authentication and errors", () => {
  it("answers 401 without a token, with an unknown one and with a revoked one", async () => {
    const revoked = await createApiToken(world.buyer.actor, { name: "old" });
    await revokeApiToken(world.buyer.actor, revoked.id);
    for (const token of [null, "fb_unknown", "not-ours", revoked.token]) {
      const answer = await get(listSessions, { token });
      expect(answer.status).toBe(401);
      expect(answer.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(answer.json).toEqual({ error: { code: "UNAUTHENTICATED", message: errorsOf("en").apiUnauthenticated } });
    }
  });

  it("answers 401 once the token's user is disabled", async () => {
    const token = await tokenFor(world.buyers[1].actor, "disabled soon");
    await db.user.update({ where: { id: world.buyers[1].user.id }, data: { disabledAt: new Date() } });
    try {
      expect((await get(listSessions, { token })).status).toBe(401);
    } finally {
      await db.user.update({ where: { id: world.buyers[1].user.id }, data: { disabledAt: null } });
    }
  });

  it("answers 400 for a malformed JSON body", async () => {
    const answer = await post(requestMeeting, { token: buyerToken, rawBody: '{"sessionId": ' });
    expect(answer.status).toBe(400);
    expect(answer.json.error).toEqual({
      code: "BAD_REQUEST",
      message: errorsOf(world.buyer.actor.locale).apiMalformedJson,
    });
  });

  it("answers 422 with the invalid fields, in the token owner's language", async () => {
    await db.user.update({ where: { id: world.buyer.user.id }, data: { locale: "ru" } });
    try {
      const answer = await post(requestMeeting, {
        token: buyerToken,
        body: {
          sessionId: "",
          organizationId: world.supplier.organization.id,
          preferredSlots: ["tomorrow morning"],
          needsInterpreter: "yes",
        },
      });
      expect(answer.status).toBe(422);
      const ru = errorsOf("ru");
      expect(answer.json.error.code).toBe("VALIDATION");
      expect(answer.json.error.message).toBe(ru.checkFields);
      expect(answer.json.error.fields).toMatchObject({
        sessionId: ru.required,
        "preferredSlots.0": ru.slotInvalid,
        needsInterpreter: ru.invalid,
      });
    } finally {
      await db.user.update({ where: { id: world.buyer.user.id }, data: { locale: world.buyer.actor.locale } });
    }
    const decline = await post(declineRequest, { token: supplierToken, params: { id: "x" }, body: { reason: " " } });
    expect(decline.status).toBe(422);
    expect(decline.json.error.fields).toEqual({ reason: errorsOf(world.supplier.actor.locale).declineReasonRequired });
    // A domain validation (a time that is no slot of the session) reads the same way.
    const offGrid = await post(requestMeeting, {
      token: buyerToken,
      body: {
        sessionId: world.session.id,
        organizationId: world.supplier.organization.id,
        preferredSlots: [at("05:07").toISOString()],
      },
    });
    expect(offGrid.status).toBe(422);
    expect(offGrid.json.error.fields).toEqual({ "preferredSlots.0": errorsOf(world.buyer.actor.locale).slotNotInGrid });
  });

  it("answers 422 SESSION_ENDED to a request in a session that has ended, and writes nothing", async () => {
    vi.setSystemTime(new Date("2026-06-02T16:00:00.000Z")); // 00:00 Hangzhou after the session's last day
    try {
      const before = await db.meetingRequest.count();
      const answer = await post(requestMeeting, {
        token: buyerToken,
        body: { sessionId: world.session.id, organizationId: world.supplier.organization.id, message: "Late" },
      });
      expect(answer.status).toBe(422);
      expect(answer.json.error).toEqual({
        code: "SESSION_ENDED",
        message: errorsOf(world.buyer.actor.locale).sessionEnded,
      });
      expect(await db.meetingRequest.count()).toBe(before);
    } finally {
      vi.setSystemTime(beforeTheFair);
    }
  });

  it("answers 403 to a role that may not request meetings", async () => {
    const interpreter = await createInterpreterActor(world.organizer);
    const token = await tokenFor(interpreter);
    const answer = await post(requestMeeting, {
      token,
      body: { sessionId: world.session.id, organizationId: world.supplier.organization.id, message: "" },
    });
    expect(answer.status).toBe(403);
    expect(answer.json.error).toEqual({ code: "FORBIDDEN", message: errorsOf(interpreter.locale).forbidden });
  });

  it("answers 404 to another organization for a meeting it is not part of, and never changes it", async () => {
    const { id } = await requestFrom(buyerToken, world.supplier.organization.id);
    const accepted = await post(acceptRequest, { token: supplierToken, params: { id }, body: { start: at("05:00") } });
    expect(accepted.status, accepted.text).toBe(201);
    const meetingId = accepted.json.id as string;

    await db.user.update({ where: { id: world.buyers[1].user.id }, data: { locale: "zh" } });
    try {
      for (const answer of [
        await get(getMeeting, { token: otherBuyerToken, params: { id: meetingId } }),
        await get(meetingIcs, { token: otherBuyerToken, params: { id: meetingId } }),
        await post(cancelMeeting, { token: otherBuyerToken, params: { id: meetingId }, body: {} }),
      ]) {
        expect(answer.status).toBe(404);
        expect(answer.json.error).toEqual({ code: "NOT_FOUND", message: errorsOf("zh").meetingNotFound });
      }
    } finally {
      await db.user.update({ where: { id: world.buyers[1].user.id }, data: { locale: world.buyers[1].actor.locale } });
    }
    // Nor can it answer a request addressed to someone else.
    const { id: other } = await requestFrom(supplierToken, world.buyer.organization.id);
    const stranger = await post(declineRequest, {
      token: otherBuyerToken,
      params: { id: other },
      body: { reason: "no" },
    });
    expect(stranger.status).toBe(404);
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).status).toBe("SCHEDULED");
    expect((await get(listMeetings, { token: otherBuyerToken })).json.meetings).toEqual([]);
  });

  it("answers 409 with the next free slots when the slot was just taken", async () => {
    const first = await requestFrom(buyerToken, world.supplier.organization.id);
    const second = await requestFrom(otherBuyerToken, world.supplier.organization.id);
    const start = at("05:00").toISOString();
    expect(
      (await post(acceptRequest, { token: supplierToken, params: { id: first.id }, body: { start } })).status,
    ).toBe(201);
    const taken = await post(acceptRequest, { token: supplierToken, params: { id: second.id }, body: { start } });
    expect(taken.status).toBe(409);
    expect(taken.json.error.code).toBe("CONFLICT");
    expect(taken.json.error.message).toBe(errorsOf(world.supplier.actor.locale).slotTaken);
    expect(taken.json.error.nextFreeSlots.length).toBeGreaterThan(0);
    expect(taken.json.error.nextFreeSlots[0]).toEqual({
      start: at("05:20").toISOString(),
      end: at("05:40").toISOString(),
    });
    // A duplicate open request is a conflict too.
    const duplicate = await post(requestMeeting, {
      token: otherBuyerToken,
      body: { sessionId: world.session.id, organizationId: world.supplier.organization.id },
    });
    expect(duplicate.status).toBe(409);
  });

  it("answers 429 with Retry-After once a person exceeds their requests per minute, whichever token they use", async () => {
    // Fresh people: the world's buyer has made requests in this minute already.
    const { actor } = await createApprovedBuyer();
    const token = await tokenFor(actor, "busy CRM");
    process.env.API_RATE_LIMIT_PER_MINUTE = "3";
    try {
      for (let i = 0; i < 3; i++) expect((await get(listSessions, { token })).status).toBe(200);
      const limited = await get(listSessions, { token });
      expect(limited.status).toBe(429);
      expect(limited.json.error.code).toBe("RATE_LIMITED");
      const retryAfter = Number(limited.headers.get("retry-after"));
      expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
      // A second token of the same person shares the budget; another person's does not.
      expect((await get(listSessions, { token: await tokenFor(actor, "second CRM") })).status).toBe(429);
      const { actor: other } = await createApprovedBuyer();
      expect((await get(listSessions, { token: await tokenFor(other, "quiet CRM") })).status).toBe(200);
    } finally {
      delete process.env.API_RATE_LIMIT_PER_MINUTE;
    }
    const [window] = await db.$queryRaw<{ count: number }[]>(
      Prisma.sql`SELECT "count" FROM "ApiRateLimit" WHERE "userId" = ${actor.id}`,
    );
    expect(window.count).toBe(5);
  });
});

describe("booking a meeting over the API", () => {
  it("request -> free slots -> accept -> get -> ics -> cancel", async () => {
    const sessions = await get(listSessions, { token: buyerToken });
    expect(sessions.status).toBe(200);
    expect(sessions.json.sessions).toContainEqual(
      expect.objectContaining({ id: world.session.id, registrationStatus: "APPROVED", startDate: "2026-06-01" }),
    );
    const session = await get(getSession, { token: buyerToken, params: { id: world.session.id } });
    expect(session.status).toBe(200);
    expect(session.json.timeZone).toBe("Asia/Shanghai");
    expect(session.json.slots[0]).toEqual({ start: at("02:00").toISOString(), end: at("02:20").toISOString() });
    expect((await get(getSession, { token: buyerToken, params: { id: "no-such-session" } })).status).toBe(404);

    const free = await get(listFreeSlots, {
      token: buyerToken,
      params: { id: world.session.id },
      query: `with=${world.supplier.organization.id}`,
    });
    expect(free.status, free.text).toBe(200);
    expect(free.json.slots[0]).toEqual({ start: at("05:00").toISOString(), end: at("05:20").toISOString() });
    const missingWith = await get(listFreeSlots, { token: buyerToken, params: { id: world.session.id } });
    expect(missingWith.status).toBe(422);
    expect(Object.keys(missingWith.json.error.fields)).toEqual(["with"]);

    const requested = await post(requestMeeting, {
      token: buyerToken,
      body: {
        sessionId: world.session.id,
        organizationId: world.supplier.organization.id,
        message: "Fleece, 3 000 m",
        preferredSlots: [free.json.slots[1].start],
        needsInterpreter: false,
      },
    });
    expect(requested.status, requested.text).toBe(201);
    expect(requested.json).toMatchObject({
      status: "PENDING",
      fromOrganizationId: world.buyer.organization.id,
      toOrganizationId: world.supplier.organization.id,
      preferredSlots: [at("05:20").toISOString()],
    });
    // The mail job for the supplier went into the Postgres queue.
    const queued = await db.$queryRaw<{ n: number }[]>(
      Prisma.sql`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'mail' AND data->>'requestId' = ${requested.json.id}`,
    );
    expect(queued[0].n).toBeGreaterThan(0);

    const accepted = await post(acceptRequest, {
      token: supplierToken,
      params: { id: requested.json.id },
      body: { start: requested.json.preferredSlots[0] },
    });
    expect(accepted.status, accepted.text).toBe(201);
    expect(accepted.json).toMatchObject({
      status: "SCHEDULED",
      start: at("05:20").toISOString(),
      end: at("05:40").toISOString(),
      viewerRole: "supplier",
      request: { id: requested.json.id, message: "Fleece, 3 000 m" },
    });
    const meetingId = accepted.json.id as string;
    const { roomToken } = await db.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { roomToken: true } });
    expect(accepted.json.roomUrl).toBe(`https://fair.example.test/${world.supplier.actor.locale}/rooms/${roomToken}`);

    const seen = await get(getMeeting, { token: buyerToken, params: { id: meetingId } });
    expect(seen.status).toBe(200);
    expect(seen.json).toMatchObject({
      id: meetingId,
      viewerRole: "buyer",
      supplier: { id: world.supplier.organization.id },
    });
    const mine = await get(listMeetings, { token: buyerToken });
    expect(mine.json.meetings.map((m: { id: string }) => m.id)).toEqual([meetingId]);

    const ics = await get(meetingIcs, { token: buyerToken, params: { id: meetingId } });
    expect(ics.status).toBe(200);
    expect(ics.headers.get("content-type")).toMatch(/^text\/calendar/);
    expect(ics.text).toContain("METHOD:REQUEST");
    const [event] = parseIcs(ics.text).events;
    expect(event).toMatchObject({ start: at("05:20").toISOString(), end: at("05:40").toISOString() });

    const cancelled = await post(cancelMeeting, {
      token: buyerToken,
      params: { id: meetingId },
      body: { reason: "Flight moved" },
    });
    expect(cancelled.status, cancelled.text).toBe(200);
    expect(cancelled.json).toMatchObject({ status: "CANCELLED", cancelReason: "Flight moved" });
    const cancelIcs = await get(meetingIcs, { token: supplierToken, params: { id: meetingId } });
    expect(cancelIcs.text).toContain("METHOD:CANCEL");
    expect((await get(listMeetings, { token: buyerToken })).json.meetings).toEqual([]);
    expect((await get(listMeetings, { token: buyerToken, query: "includeCancelled=true" })).json.meetings).toHaveLength(
      1,
    );
    // The slot is free again.
    const again = await get(listFreeSlots, {
      token: buyerToken,
      params: { id: world.session.id },
      query: `with=${world.supplier.organization.id}`,
    });
    expect(again.json.slots[1]).toEqual({ start: at("05:20").toISOString(), end: at("05:40").toISOString() });
  });

  it("declines a request with a reason", async () => {
    const { id } = await requestFrom(buyerToken, world.supplier.organization.id);
    const declined = await post(declineRequest, { token: supplierToken, params: { id }, body: { reason: "Sold out" } });
    expect(declined.status, declined.text).toBe(200);
    expect(declined.json).toMatchObject({ id, status: "DECLINED", declineReason: "Sold out" });
  });
});

/** app/api/v1/** route files as OpenAPI path -> exported methods. */
function routeFiles(): Map<string, string[]> {
  const root = path.resolve("app/api/v1");
  const routes = new Map<string, string[]>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      // The catch-all [...path] answers unknown paths with a 404; it is no endpoint.
      if (statSync(full).isDirectory()) {
        if (!name.startsWith("[...")) walk(full);
      } else if (name === "route.ts") {
        const relative = path.relative(root, dir).split(path.sep).join("/");
        const apiPath = `/api/v1/${relative}`.replace(/\[(\w+)\]/g, "{$1}");
        const source = readFileSync(full, "utf8");
        const methods = [...source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)];
        routes.set(
          apiPath,
          methods.map((m) => m[1].toLowerCase()),
        );
      }
    }
  };
  walk(root);
  return routes;
}

describe("hostile input and API edges", () => {
  it("answers 422 naming the field for a NUL or lone surrogate in a path, query or body, and writes nothing", async () => {
    const unstorable = errorsOf(world.buyer.actor.locale).unstorableText;
    const nulId = await get(getMeeting, { token: buyerToken, params: { id: "\u0000" } });
    expect(nulId.status).toBe(422);
    expect(nulId.json.error).toMatchObject({ code: "VALIDATION", fields: { id: unstorable } });
    const nulQuery = await get(listMeetings, { token: buyerToken, query: "sessionId=%00" });
    expect(nulQuery.json.error.fields).toEqual({ sessionId: unstorable });
    const before = await db.meetingRequest.count();
    const nulBody = await post(requestMeeting, {
      token: buyerToken,
      body: { sessionId: world.session.id, organizationId: world.supplier.organization.id, message: "a\u0000b" },
    });
    expect(nulBody.status).toBe(422);
    expect(Object.keys(nulBody.json.error.fields)).toEqual(["message"]);
    const surrogate = await post(declineRequest, {
      token: supplierToken,
      params: { id: "x" },
      rawBody: '{"reason":"\\ud800"}',
    });
    expect(surrogate.json.error.fields).toEqual({
      reason: errorsOf(world.supplier.actor.locale).unstorableText,
    });
    expect(await db.meetingRequest.count()).toBe(before);
  });

  it("answers 413 to a body above 256 KB", async () => {
    const answer = await post(requestMeeting, { token: buyerToken, body: { message: "x".repeat(300_000) } });
    expect(answer.status).toBe(413);
    expect(answer.json.error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("answers an unknown path with the JSON 404 envelope in the caller's language, for every method", async () => {
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"] as const) {
      const answer = await unknownPath[method](
        new Request("http://fair.example.test/api/v1/nope", { method, headers: { "accept-language": "ru" } }),
      );
      expect(answer.status).toBe(404);
      expect(await answer.json()).toEqual({ error: { code: "NOT_FOUND", message: errorsOf("ru").apiNotFound } });
    }
  });

  it("answers a method a route does not serve with a 405 envelope and Allow", async () => {
    const modules = await Promise.all(
      [...routeFiles().keys()].map(async (apiPath) => {
        const file = apiPath.replace("/api/v1", "app/api/v1").replace(/\{(\w+)\}/g, "[$1]");
        return [
          apiPath,
          (await import(/* @vite-ignore */ path.resolve(file, "route.ts"))) as Record<string, unknown>,
        ] as const;
      }),
    );
    for (const [apiPath, module] of modules) {
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
        expect(typeof module[method], `${apiPath} ${method}`).toBe("function");
      }
    }
    const answer = await (
      await import("@/app/api/v1/meetings/route")
    ).DELETE(
      new Request("http://fair.example.test/api/v1/meetings", {
        method: "DELETE",
        headers: { "accept-language": "zh" },
      }),
    );
    expect(answer.status).toBe(405);
    expect(answer.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    const body = await answer.json();
    expect(body.error.code).toBe("METHOD_NOT_ALLOWED");
    expect(body.error.message).toContain("DELETE");
    expect(body.error.message).not.toBe(errorsOf("en").apiMethodNotAllowed);
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("is an OpenAPI 3.1 document listing every route, with bearer auth and the error schema", async () => {
    const answer = await get(async (request) => openApi(request));
    expect(answer.status).toBe(200);
    const doc = answer.json;
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.components.schemas.Error.properties.error.properties.code.enum).toEqual(
      expect.arrayContaining(["UNAUTHENTICATED", "NOT_FOUND", "CONFLICT", "VALIDATION", "RATE_LIMITED", "BAD_REQUEST"]),
    );

    const routes = routeFiles();
    expect(routes.size).toBe(11);
    const documented = new Map(
      Object.entries(doc.paths as Record<string, object>).map(([p, ops]) => [p, Object.keys(ops)]),
    );
    expect(new Map([...documented].map(([p, m]) => [p, [...m].sort()]))).toEqual(
      new Map([...routes].map(([p, m]) => [p, [...m].sort()])),
    );

    // Generated from the domain's zod schemas: the request body says what requestMeeting accepts.
    const body = doc.paths["/api/v1/meeting-requests"].post.requestBody.content["application/json"].schema;
    expect(body.required).toEqual(expect.arrayContaining(["sessionId", "organizationId"]));
    expect(body.properties.preferredSlots).toMatchObject({
      type: "array",
      maxItems: 3,
      items: { type: "string", format: "date-time" },
    });
    const freeSlots = doc.paths["/api/v1/sessions/{id}/free-slots"].get;
    expect(freeSlots.parameters).toContainEqual(expect.objectContaining({ name: "with", in: "query", required: true }));
    expect(freeSlots.responses["200"].content["application/json"].schema).toEqual({
      $ref: "#/components/schemas/FreeSlotList",
    });
    expect(doc.paths["/api/v1/meeting-requests/{id}/accept"].post.responses["409"]).toBeDefined();

    // Every reference resolves.
    const refs = [...answer.text.matchAll(/"\$ref":"#\/components\/(\w+)\/(\w+)"/g)];
    expect(refs.length).toBeGreaterThan(10);
    for (const [, section, name] of refs) expect(doc.components[section][name], `${section}/${name}`).toBeDefined();
  });
});
