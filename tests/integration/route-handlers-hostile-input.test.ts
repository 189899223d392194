/**
 * Every route handler (each exported method of every app/api/** /route.ts, so a new one
 * cannot be forgotten) called directly, the way Next.js calls it: without a session, by a
 * signed-in actor of another organization holding real ids of someone else's data, and by
 * the data's own actor with hostile path parameters, query values and JSON bodies (NUL,
 * lone surrogates, 1 MB strings, malformed percent-encoding and JSON, ids of the wrong
 * shape). Asserted: the route's rule for strangers (401/403/404, nothing written) and, for
 * hostile input, a 4xx in the `{error: {code, key}}` envelope: never a 5xx, never a throw,
 * no table changed. /api/v1 is fuzzed from its OpenAPI document in api-fuzz.test.ts; here
 * it only has to refuse a request without a token.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { apiErrorSchema } from "@/lib/api/api-error";
import { refuseBadApiRequestTarget } from "@/lib/api/refuse-bad-request-target";
import { db } from "@/lib/db";
import { stopBoss } from "@/lib/jobs/boss";
import { reviewShowcase } from "@/lib/showcases/review-showcase";
import { scheduleShowcase } from "@/lib/showcases/schedule-showcase";
import { beforeTheFair, createMeetingWorld, meetingData, type MeetingWorld } from "../factories/meetings";
import { createApprovedBuyer } from "../factories/organizations";
import { createOrganizerActor } from "../factories/users";
import { actorFor } from "../factories/actors";
import { tableDigests } from "../support/table-digests";

// The signed-in actor the mocked session returns; set before each call.
const signedIn = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => signedIn.actor }));

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => unknown;
type Route = { dir: string; method: string; handler: Handler; params: string[]; readsBody: boolean };

const ORIGIN = "http://fair.example.test";
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"];
const ONE_MB = "x".repeat(1 << 20);

/** Every route.ts under app/api with its exported methods, path parameters and whether it reads a JSON body. */
async function discoverRoutes(): Promise<Route[]> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === "route.ts") files.push(full);
    }
  };
  walk(path.resolve("app/api"));
  const routes: Route[] = [];
  for (const file of files.sort()) {
    const dir = path.relative("app/api", path.dirname(file));
    const params = [...dir.matchAll(/\[(?:\.\.\.)?(\w+)\]/g)].map((match) => match[1]);
    const readsBody = /readJsonBody|request\.json\(/.test(readFileSync(file, "utf8"));
    const exported = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const method of METHODS) {
      if (typeof exported[method] === "function")
        routes.push({ dir, method, handler: exported[method] as Handler, params, readsBody });
    }
  }
  return routes;
}

let world: MeetingWorld;
let routes: Route[];
const own = { meetingId: "", roomToken: "" };
const others = { meetingId: "", roomToken: "", showcaseId: "", pendingShowcaseId: "", messageId: "" };
let outsider: Actor;
let otherHost: Actor;

/** A real call of someone else's data: who calls, with which path parameters. */
type Call = { actor: Actor | null; params: Record<string, string> };

/**
 * Each route's rule. `anonymous`: the statuses a caller without a session may get for
 * someone's real data. `strangers`: signed-in actors of other organizations (or roles) with
 * real ids of data that is not theirs. `owner`: the data's own actor and ids, which the hostile
 * values replace one at a time. A route without a rule fails the first test.
 */
type Rule =
  | { kind: "skip"; why: string }
  | { kind: "bearer" }
  | {
      kind: "session";
      anonymous: { params: Record<string, string>; statuses: number[] };
      strangers: () => Call[];
      owner: () => Call;
    };

/**
 * `pending`: the route shows an approved showcase to anyone (its calendar file: the programme is
 * public), so strangers are tried on one still awaiting approval.
 */
const showcaseRoute = (ownerOnly: boolean, signedInOnly: boolean, { pending = false } = {}): Rule => ({
  kind: "session",
  anonymous: { params: { id: pending ? "pending" : "showcase" }, statuses: signedInOnly ? [401] : [403, 404] },
  strangers: () => [
    { actor: outsider, params: { id: pending ? others.pendingShowcaseId : others.showcaseId } },
    { actor: otherHost, params: { id: pending ? others.pendingShowcaseId : others.showcaseId } },
    ...(ownerOnly ? [{ actor: world.supplier.actor, params: { id: others.showcaseId } }] : []),
  ],
  owner: () => ({ actor: world.suppliers[1].actor, params: { id: others.showcaseId } }),
});

const roomRoute: Rule = {
  kind: "session",
  anonymous: { params: { token: "room" }, statuses: [401] },
  strangers: () => [
    { actor: world.buyer.actor, params: { token: others.roomToken } },
    { actor: world.supplier.actor, params: { token: others.roomToken } },
  ],
  owner: () => ({ actor: world.buyer.actor, params: { token: own.roomToken } }),
};

const resultsRoute: Rule = {
  kind: "session",
  anonymous: { params: { fairId: "fair" }, statuses: [401] },
  strangers: () => [
    { actor: otherHost, params: { fairId: world.fair.id } },
    { actor: world.buyer.actor, params: { fairId: world.fair.id } },
  ],
  owner: () => ({ actor: world.organizer, params: { fairId: world.fair.id } }),
};

const rules: Record<string, Rule> = {
  "auth/[...nextauth]": { kind: "skip", why: "next-auth's own handler (sign-in tests, throttles)" },
  health: { kind: "skip", why: "liveness probe: reads no input, touches nothing" },
  ready: { kind: "skip", why: "readiness probe: reads no input (readiness.test.ts)" },
  "v1/openapi.json": { kind: "skip", why: "the public API's public description" },
  "calendar/[token]": {
    kind: "session",
    // A capability URL: the token is the credential, so an unknown one is 404 for everyone.
    anonymous: { params: { token: "a".repeat(43) }, statuses: [404] },
    strangers: () => [{ actor: outsider, params: { token: "b".repeat(43) } }],
    owner: () => ({ actor: null, params: { token: "c".repeat(43) } }),
  },
  "files/[...key]": {
    kind: "session",
    anonymous: { params: { key: "products/nothing/here.webp" }, statuses: [404] },
    strangers: () => [{ actor: outsider, params: { key: "complaints/nothing/here.webp" } }],
    owner: () => ({ actor: world.supplier.actor, params: { key: "products/nothing/here.webp" } }),
  },
  "live/now/events": {
    kind: "session",
    anonymous: { params: {}, statuses: [401] },
    strangers: () => [{ actor: world.organizer, params: {} }],
    owner: () => ({ actor: world.buyer.actor, params: {} }),
  },
  "live/sessions/[sessionId]/events": {
    kind: "session",
    anonymous: { params: { sessionId: "session" }, statuses: [401] },
    strangers: () => [
      { actor: otherHost, params: { sessionId: world.session.id } },
      { actor: world.buyer.actor, params: { sessionId: world.session.id } },
    ],
    owner: () => ({ actor: world.organizer, params: { sessionId: world.session.id } }),
  },
  "meetings/[meetingId]/ics": {
    kind: "session",
    anonymous: { params: { meetingId: "meeting" }, statuses: [401] },
    strangers: () => [
      { actor: world.buyer.actor, params: { meetingId: others.meetingId } },
      { actor: otherHost, params: { meetingId: others.meetingId } },
    ],
    owner: () => ({ actor: world.buyer.actor, params: { meetingId: own.meetingId } }),
  },
  "results/[fairId]/meetings": resultsRoute,
  "results/[fairId]/report": resultsRoute,
  "rooms/[token]/chat": roomRoute,
  "rooms/[token]/events": roomRoute,
  "rooms/[token]/ice": roomRoute,
  "rooms/[token]/join": roomRoute,
  "rooms/[token]/leave": roomRoute,
  "rooms/[token]/signals": roomRoute,
  "showcases/[id]/feed": showcaseRoute(false, false),
  "showcases/[id]/heartbeat": showcaseRoute(false, true),
  "showcases/[id]/ics": showcaseRoute(false, false, { pending: true }),
  "showcases/[id]/media/live": showcaseRoute(true, true),
  "showcases/[id]/media/publish": showcaseRoute(true, true),
  "showcases/[id]/media/recording": showcaseRoute(false, false),
  "showcases/[id]/media/replay": showcaseRoute(false, false),
  "showcases/[id]/media/stop": showcaseRoute(true, true),
  "showcases/[id]/media/watch": showcaseRoute(false, false),
  "showcases/[id]/messages": showcaseRoute(false, true),
  "showcases/[id]/moderate": showcaseRoute(true, true),
  "showcases/[id]/pins": showcaseRoute(true, true),
};
const ruleOf = (route: Route): Rule =>
  rules[route.dir] ?? (route.dir.startsWith("v1/") ? { kind: "bearer" } : rules[route.dir]);

/** Path parameters as Next.js hands them over: a catch-all segment is an array. */
function nextParams(route: Route, params: Record<string, string>) {
  const catchAll = route.dir.includes("[...");
  const value = Object.fromEntries(
    Object.entries(params).map(([name, v]) => [name, catchAll ? v.split("/") : v] as const),
  );
  return { params: Promise.resolve(value) };
}

type Input = { params: Record<string, string>; query?: string; body?: string };

/**
 * Calls the handler as Next.js would (a same-origin request, already aborted so an event stream
 * closes at once); a throw fails the test with the route's name.
 */
async function call(route: Route, actor: Actor | null, input: Input): Promise<{ status: number; text: string }> {
  signedIn.actor = actor;
  const url = `${ORIGIN}/api/${route.dir}${input.query ? `?${input.query}` : ""}`;
  const headers: Record<string, string> = { origin: ORIGIN, host: new URL(ORIGIN).host };
  const hasBody = input.body !== undefined && route.method !== "GET" && route.method !== "HEAD";
  if (hasBody) headers["content-type"] = "application/json";
  const request = new Request(url, {
    method: route.method,
    headers,
    body: hasBody ? input.body : undefined,
    signal: AbortSignal.abort(),
  });
  const response = (await route.handler(request, nextParams(route, input.params))) as Response;
  expect(response, `${route.method} ${route.dir} answered`).toBeInstanceOf(Response);
  const streamed = response.headers.get("content-type")?.includes("event-stream");
  if (streamed) await response.body?.cancel();
  return { status: response.status, text: streamed ? "" : await response.text() };
}

/** The `{error: {code, key}}` envelope of every route outside /api/v1. */
function expectEnvelope(label: string, text: string) {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  expect(body, `${label}: ${text.slice(0, 200)}`).toMatchObject({
    error: { code: expect.any(String), key: expect.any(String) },
  });
}

function expectRefused(label: string, answer: { status: number; text: string }, statuses?: number[]) {
  expect(answer.status, `${label}: ${answer.text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
  expect(answer.status, `${label}: ${answer.text.slice(0, 200)}`).toBeLessThan(500);
  if (statuses)
    expect(statuses, `${label} answered ${answer.status}: ${answer.text.slice(0, 200)}`).toContain(answer.status);
  expectEnvelope(label, answer.text);
}

/** What the page itself would send to each route that reads a body: strangers must be refused for who they are. */
const wellFormedBodies = (): Record<string, unknown> => ({
  "rooms/[token]/chat": { body: "hello" },
  "rooms/[token]/leave": { visitId: "1" },
  "rooms/[token]/signals": { kind: "offer", toUserId: world.buyers[1].user.id, payload: { sdp: "v=0" } },
  "showcases/[id]/messages": { kind: "CHAT", text: "hello" },
  "showcases/[id]/moderate": { messageId: others.messageId, action: "hide" },
  "showcases/[id]/pins": { productId: others.messageId, pinned: true },
});

const sessionRoutes = () =>
  routes.flatMap((route) => {
    const rule = ruleOf(route);
    return rule?.kind === "session" ? [{ route, rule }] : [];
  });

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ["Date"], now: beforeTheFair });
  world = await createMeetingWorld({ suppliers: 2, buyers: 2 });
  const [buyer, otherBuyer] = world.buyers;
  const [supplier, otherSupplier] = world.suppliers;
  const parties = (s: typeof supplier, b: typeof buyer) => ({
    sessionId: world.session.id,
    supplierOrgId: s.organization.id,
    buyerOrgId: b.organization.id,
  });
  const mine = await db.meeting.create({ data: meetingData(parties(supplier, buyer), "05:00", "05:20") });
  const theirs = await db.meeting.create({ data: meetingData(parties(otherSupplier, otherBuyer), "05:00", "05:20") });
  Object.assign(own, { meetingId: mine.id, roomToken: mine.roomToken });
  Object.assign(others, { meetingId: theirs.id, roomToken: theirs.roomToken });
  const showcase = await scheduleShowcase(
    otherSupplier.actor,
    { sessionId: world.session.id, titleEn: "Live", start: "2026-06-01T10:00", durationMinutes: 30, productIds: [] },
    { now: beforeTheFair },
  );
  await reviewShowcase(world.organizer, { showcaseId: showcase.id, decision: "APPROVED", isPublic: "" });
  others.showcaseId = showcase.id;
  const pending = await scheduleShowcase(
    otherSupplier.actor,
    { sessionId: world.session.id, titleEn: "Later", start: "2026-06-01T14:00", durationMinutes: 30, productIds: [] },
    { now: beforeTheFair },
  );
  others.pendingShowcaseId = pending.id;
  const message = await db.showcaseMessage.create({
    data: { showcaseId: showcase.id, authorId: otherBuyer.user.id, kind: "QUESTION", text: "Price?", phase: "LIVE" },
  });
  others.messageId = message.id;
  outsider = await actorFor((await createApprovedBuyer(world.organizer)).user.id);
  otherHost = await createOrganizerActor();
  routes = await discoverRoutes();
}, 120_000);

afterAll(async () => {
  await stopBoss();
  vi.useRealTimers();
});

describe("every route handler under app/api", () => {
  it("discovers the routes, and each has a rule", () => {
    expect(routes.length).toBeGreaterThanOrEqual(35);
    for (const route of routes) expect(ruleOf(route), `a rule for ${route.dir}`).toBeDefined();
  });

  it("refuses a caller without a session or token, and writes nothing", async () => {
    const before = await tableDigests();
    for (const route of routes) {
      const rule = ruleOf(route);
      const label = `${route.method} ${route.dir} without a session`;
      if (rule.kind === "bearer") {
        const params = Object.fromEntries(route.params.map((name) => [name, "x"]));
        const answer = await call(route, null, { params });
        expect([401, 404, 405], `${label}: ${answer.text}`).toContain(answer.status);
        expect(apiErrorSchema.safeParse(JSON.parse(answer.text)).success, label).toBe(true);
      } else if (rule.kind === "session") {
        const params = { ...rule.anonymous.params };
        // Someone's real data where the route names any: the other organizations' showcase and room.
        if ("id" in params) params.id = params.id === "pending" ? others.pendingShowcaseId : others.showcaseId;
        if ("token" in params && route.dir.startsWith("rooms")) params.token = others.roomToken;
        if ("meetingId" in params) params.meetingId = others.meetingId;
        if ("fairId" in params) params.fairId = world.fair.id;
        if ("sessionId" in params) params.sessionId = world.session.id;
        const query = route.dir.startsWith("results") ? "format=csv" : undefined;
        expectRefused(label, await call(route, null, { params, query }), rule.anonymous.statuses);
      }
    }
    expect(await tableDigests()).toEqual(before);
  });

  it("answers another organization's actor with someone else's real ids 403 or 404, and writes nothing", async () => {
    const before = await tableDigests();
    for (const { route, rule } of sessionRoutes()) {
      for (const stranger of rule.strangers()) {
        const label = `${route.method} ${route.dir} by ${stranger.actor?.email ?? "nobody"}`;
        const query = route.dir.startsWith("results") ? "format=csv" : "visit=1&after=0";
        const body = route.readsBody ? JSON.stringify(wellFormedBodies()[route.dir]) : undefined;
        if (route.readsBody) expect(body, `a well-formed body for ${route.dir}`).toBeDefined();
        expectRefused(label, await call(route, stranger.actor, { params: stranger.params, query, body }), [403, 404]);
      }
    }
    expect(await tableDigests()).toEqual(before);
  });

  it("refuses hostile path parameters with a 4xx envelope, and writes nothing", async () => {
    const before = await tableDigests();
    const values = ["a\u0000b", "\uD800", "x\uDFFFy", ONE_MB, "not-an-id", "' OR 1=1 --", "../../etc/passwd", ""];
    for (const { route, rule } of sessionRoutes()) {
      const owner = rule.owner();
      for (const name of route.params) {
        for (const value of values) {
          const label = `${route.method} ${route.dir} with ${name}=${JSON.stringify(value.slice(0, 20))}`;
          const answer = await call(route, owner.actor, { params: { ...owner.params, [name]: value } });
          expectRefused(label, answer);
        }
      }
    }
    expect(await tableDigests()).toEqual(before);
  }, 120_000);

  it("refuses unstorable or malformed query values with a 4xx envelope, and writes nothing", async () => {
    const before = await tableDigests();
    const names = ["format", "lang", "locale", "visit", "after"];
    const values = ["%00", "a%00b", "%E0%A4%A", "%ED%A0%80", "%", "%zz"];
    for (const { route, rule } of sessionRoutes()) {
      const owner = rule.owner();
      for (const value of values) {
        const query = names.map((name) => `${name}=${value}`).join("&");
        const label = `${route.method} ${route.dir}?${query}`;
        // What the proxy refuses before any route (it answers in the API envelope).
        const target = `${ORIGIN}/api/${route.dir}?${query}`;
        const refused = refuseBadApiRequestTarget(new Request(target));
        if (refused) {
          expect(refused.status, label).toBe(400);
          expect(apiErrorSchema.safeParse(await refused.json()).success, label).toBe(true);
        }
        // The handler on its own (reached some other way) still never stores or trips on it.
        const answer = await call(route, owner.actor, { params: owner.params, query });
        if (value.includes("%00")) expectRefused(label, answer, [422]);
        else if (answer.status >= 400) expectRefused(label, answer);
      }
    }
    expect(await tableDigests()).toEqual(before);
  }, 120_000);

  it("refuses hostile JSON bodies with a 4xx envelope, and writes nothing", async () => {
    const before = await tableDigests();
    const bodies = [
      "{",
      '{"text":"a\\u0000b","kind":"CHAT","visitId":"1","messageId":"1","action":"hide","productId":"1"}',
      '{"text":"\\ud800","kind":"QUESTION","visitId":"\\udfff"}',
      JSON.stringify({ text: ONE_MB, kind: "CHAT", visitId: ONE_MB }),
      `"${ONE_MB}"`,
      "[]",
      "42",
      "null",
      '{"k\\u0000":1}',
      '{"messageId":["x"],"productId":{"id":1},"pinned":"yes","action":7}',
    ];
    const bodyRoutes = sessionRoutes().filter(({ route }) => route.readsBody);
    expect(bodyRoutes.map(({ route }) => route.dir)).toEqual(
      expect.arrayContaining(["rooms/[token]/chat", "showcases/[id]/messages", "showcases/[id]/pins"]),
    );
    for (const { route, rule } of bodyRoutes) {
      const owner = rule.owner();
      for (const body of bodies) {
        const label = `${route.method} ${route.dir} with ${body.slice(0, 40)}`;
        expectRefused(label, await call(route, owner.actor, { params: owner.params, body }));
      }
    }
    expect(await tableDigests()).toEqual(before);
  }, 120_000);
});
