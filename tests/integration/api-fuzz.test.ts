/**
 * Property-based fuzzing of the public API: every operation of the OpenAPI document is
 * driven with valid, boundary and hostile values (NUL, lone surrogates, 1 MB strings,
 * malformed percent-encoding, wrong JSON types, another organization's ids). Each request
 * passes the proxy's URL check first, then its route handler. Asserted: no 5xx, the error
 * envelope on every error, every 2xx body valid against the endpoint's schema. The status
 * histogram is printed and written to test-results/fuzz-api.json (npm run bench:fuzz).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { apiErrorSchema } from "@/lib/api/api-error";
import { endpoints, type EndpointDefinition } from "@/lib/api/endpoints";
import { openApiDocument } from "@/lib/api/openapi";
import { refuseBadApiRequestTarget } from "@/lib/api/refuse-bad-request-target";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { stopBoss } from "@/lib/jobs/boss";
import { acceptRequest } from "@/lib/meetings/accept-request";
import { requestMeeting } from "@/lib/meetings/request-meeting";
import * as sessions from "@/app/api/v1/sessions/route";
import * as session from "@/app/api/v1/sessions/[id]/route";
import * as freeSlots from "@/app/api/v1/sessions/[id]/free-slots/route";
import * as meetingRequests from "@/app/api/v1/meeting-requests/route";
import * as accept from "@/app/api/v1/meeting-requests/[id]/accept/route";
import * as decline from "@/app/api/v1/meeting-requests/[id]/decline/route";
import * as meetings from "@/app/api/v1/meetings/route";
import * as meeting from "@/app/api/v1/meetings/[id]/route";
import * as cancel from "@/app/api/v1/meetings/[id]/cancel/route";
import * as ics from "@/app/api/v1/meetings/[id]/ics/route";
import * as openapi from "@/app/api/v1/openapi.json/route";
import { at, beforeTheFair, createMeetingWorld } from "../factories/meetings";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;
type JsonSchema = {
  type?: string | string[];
  format?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
};
type Operation = {
  operationId: string;
  parameters: { name: string; in: "path" | "query"; required: boolean; schema: JsonSchema }[];
  requestBody?: { content: { "application/json": { schema: JsonSchema } } };
};

/** OpenAPI path -> its route module; an operation the document gains without a row here fails the test. */
const routeModules: Record<string, Record<string, unknown>> = {
  "/api/v1/sessions": sessions,
  "/api/v1/sessions/{id}": session,
  "/api/v1/sessions/{id}/free-slots": freeSlots,
  "/api/v1/meeting-requests": meetingRequests,
  "/api/v1/meeting-requests/{id}/accept": accept,
  "/api/v1/meeting-requests/{id}/decline": decline,
  "/api/v1/meetings": meetings,
  "/api/v1/meetings/{id}": meeting,
  "/api/v1/meetings/{id}/cancel": cancel,
  "/api/v1/meetings/{id}/ics": ics,
  "/api/v1/openapi.json": openapi,
};

const REQUESTS_PER_OPERATION = 300;
const MIN_REQUESTS = 2_000;
const ORIGIN = "http://fair.example.test";
const ONE_MB = "x".repeat(1 << 20);

const document = openApiDocument();
const operations = Object.entries(document.paths).flatMap(([path, byMethod]) =>
  Object.entries(byMethod as Record<string, Operation>).map(([method, operation]) => ({
    path,
    method: method.toUpperCase(),
    operation,
    endpoint: (Object.values(endpoints) as EndpointDefinition[]).find((e) => e.operationId === operation.operationId),
  })),
);

// The world: two organizations with a token each (a buyer and a supplier) and a meeting
// between them; a second buyer's request and meeting are "another organization's ids".
const ids = { own: [] as string[], others: [] as string[] };
const tokens: string[] = [];
let slots: string[] = [];

const histogram: Record<string, number> = {};
const perOperation: Record<string, Record<string, number>> = {};

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ["Date"], now: beforeTheFair });
  process.env.API_RATE_LIMIT_PER_MINUTE = "1000000";
  const world = await createMeetingWorld({ suppliers: 1, buyers: 2 });
  const [buyer, otherBuyer] = world.buyers;
  tokens.push((await createApiToken(buyer.actor, { name: "fuzz" })).token);
  tokens.push((await createApiToken(world.supplier.actor, { name: "fuzz" })).token);
  const book = async (from: typeof buyer, start: Date, pending: boolean) => {
    const { request } = await requestMeeting(from.actor, {
      sessionId: world.session.id,
      organizationId: world.supplier.organization.id,
    });
    if (pending) return [request.id];
    const { meeting } = await acceptRequest(world.supplier.actor, request.id, { start });
    return [request.id, meeting.id];
  };
  ids.own.push(world.session.id, world.supplier.organization.id, buyer.organization.id);
  ids.own.push(...(await book(buyer, at("05:00"), false)));
  ids.others.push(otherBuyer.organization.id, ...(await book(otherBuyer, at("05:20"), false)));
  // Pending requests, so accept and decline can succeed now and then.
  ids.own.push(...(await book(buyer, at("06:00"), true)));
  ids.others.push(...(await book(otherBuyer, at("06:00"), true)));
  slots = ["05:40", "06:00", "06:20", "07:00", "09:40", "12:00"].map((clock) => at(clock).toISOString());
}, 120_000);

afterAll(async () => {
  await stopBoss();
  vi.useRealTimers();
});

/** A path segment as it travels in the URL (raw) and its decoded value when the URL is fine. */
type Segment = { raw: string };

const hostileStrings = fc.constantFrom("\u0000", "a\u0000b", "\uD800", "x\uDFFFy", "", " ", ONE_MB, "null", "0", "-1");
function idArbitrary() {
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...ids.own) },
    { weight: 3, arbitrary: fc.constantFrom(...ids.others) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 80 }) },
    { weight: 2, arbitrary: hostileStrings },
  );
}

/** A lone surrogate cannot travel in a URL (encodeURIComponent throws); it arrives as U+FFFD. */
function encodeForUrl(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, "\uFFFD"));
  }
}

/** Raw URL text: encoded values, plus percent-encoding no decoder accepts. */
function rawSegment(): fc.Arbitrary<Segment> {
  return fc.oneof(
    { weight: 6, arbitrary: idArbitrary().map((value) => ({ raw: encodeForUrl(value) })) },
    {
      weight: 1,
      arbitrary: fc.constantFrom("%E0%A4%A", "%ED%A0%80", "%", "%zz", "%00", "%C0%80").map((raw) => ({ raw })),
    },
  );
}

function valueFor(schema: JsonSchema, name: string): fc.Arbitrary<unknown> {
  const wrongType = fc.oneof(
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.string(), { maxLength: 2 }),
    fc.object({ maxDepth: 1 }),
  );
  const types = [schema.type, ...(schema.anyOf ?? []).map((s) => s.type)].flat();
  let valid: fc.Arbitrary<unknown>;
  if (schema.format === "date-time") {
    valid = fc.oneof(
      fc.constantFrom(...slots),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      fc.string(),
    );
  } else if (types.includes("array")) {
    valid = fc.array(valueFor(schema.items ?? {}, name), { maxLength: 5 });
  } else if (types.includes("boolean")) {
    valid = fc.boolean();
  } else if (/id$/i.test(name)) {
    valid = idArbitrary();
  } else {
    valid = fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), hostileStrings);
  }
  return fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: wrongType });
}

/**
 * A value a well-behaved client would send: this world's own ids, its slots, plain text.
 * Without this branch the success paths (and so their 2xx schemas) are rarely reached.
 */
function wellFormedValueFor(schema: JsonSchema, name: string): fc.Arbitrary<unknown> {
  const types = [schema.type, ...(schema.anyOf ?? []).map((s) => s.type)].flat();
  if (schema.format === "date-time") return fc.constantFrom(...slots);
  if (types.includes("array"))
    return fc.array(wellFormedValueFor(schema.items ?? {}, name), { minLength: 1, maxLength: 3 });
  if (types.includes("boolean")) return fc.boolean();
  if (/id$|^with$/i.test(name)) return fc.constantFrom(...ids.own);
  return fc.string({ minLength: 1, maxLength: 40 });
}

function wellFormedBody(schema: JsonSchema): fc.Arbitrary<string> {
  const properties = Object.entries(schema.properties ?? {});
  return fc
    .record(Object.fromEntries(properties.map(([name, property]) => [name, wellFormedValueFor(property, name)])))
    .map((value) => JSON.stringify(value));
}

/** A JSON body from the request schema: its properties (some left out), or text that is no such object. */
function bodyArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  const properties = Object.entries(schema.properties ?? {});
  const object = fc.record(Object.fromEntries(properties.map(([name, property]) => [name, valueFor(property, name)])), {
    requiredKeys: [],
  });
  return fc.oneof(
    { weight: 8, arbitrary: object.map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: fc.record({ ["k\u0000"]: fc.string() }).map((value) => JSON.stringify(value)) },
    {
      weight: 1,
      arbitrary: fc.constantFrom("", "{", "[]", "null", "42", '"x"', '{"reason":"\\ud800"}', `"${ONE_MB}"`),
    },
  );
}

function requestArbitrary(path: string, method: string, operation: Operation) {
  const pathParams = operation.parameters.filter((p) => p.in === "path");
  const queryParams = operation.parameters.filter((p) => p.in === "query");
  const query = fc.record(
    Object.fromEntries(
      queryParams.map((p) => [
        p.name,
        fc.oneof(
          idArbitrary().map((v) => encodeForUrl(v)),
          fc.constantFrom("true", "false", "1", "%00", "%E0%A4%A", "%ED%A0%80"),
        ),
      ]),
    ),
    { requiredKeys: [] },
  );
  const wellFormedQuery = fc.record(
    Object.fromEntries(
      queryParams.map((p) => [
        p.name,
        p.schema.type === "boolean" || /^(true|false)/.test(String((p.schema as { enum?: unknown[] }).enum ?? ""))
          ? fc.constantFrom("true", "false")
          : wellFormedValueFor(p.schema, p.name).map((v) => encodeForUrl(String(v))),
      ]),
    ),
    { requiredKeys: queryParams.filter((p) => p.required).map((p) => p.name) },
  );
  const bodySchema = operation.requestBody?.content["application/json"].schema;
  const wellFormed = fc.boolean();
  return fc
    .record({
      wellFormed,
      segments: fc.tuple(...pathParams.map(() => rawSegment())),
      ownSegments: fc.tuple(...pathParams.map(() => fc.constantFrom(...ids.own).map((raw) => ({ raw })))),
      query,
      wellFormedQuery,
      body: bodySchema ? bodyArbitrary(bodySchema) : fc.constant(undefined),
      wellFormedBody: bodySchema ? wellFormedBody(bodySchema) : fc.constant(undefined),
      token: fc.oneof(
        { weight: 12, arbitrary: fc.constantFrom(...tokens) },
        { weight: 1, arbitrary: fc.constantFrom("", "fb_nope", "garbage") },
      ),
      language: fc.constantFrom("en", "zh-CN,zh;q=0.9", "ru", "de"),
    })
    .map((drawn) => {
      // Half the requests are what a well-behaved client sends, half anything at all.
      const { token, language } = drawn;
      const segments = drawn.wellFormed ? drawn.ownSegments : drawn.segments;
      const query = drawn.wellFormed ? drawn.wellFormedQuery : drawn.query;
      const body = drawn.wellFormed ? drawn.wellFormedBody : drawn.body;
      let url = path;
      pathParams.forEach((param, index) => (url = url.replace(`{${param.name}}`, segments[index].raw)));
      const search = Object.entries(query)
        .map(([name, value]) => `${name}=${value}`)
        .join("&");
      return {
        method,
        url: `${ORIGIN}${url}${search ? `?${search}` : ""}`,
        pathParams: pathParams.map((p) => p.name),
        body,
        token,
        language,
      };
    });
}

type FuzzRequest = ReturnType<typeof requestArbitrary> extends fc.Arbitrary<infer R> ? R : never;

/** The request as the server sees it: the proxy's URL check, then the route handler with decoded params. */
async function send(handler: Handler, template: string, input: FuzzRequest): Promise<Response> {
  const headers: Record<string, string> = { "accept-language": input.language };
  if (input.token) headers.authorization = `Bearer ${input.token}`;
  if (input.body !== undefined) headers["content-type"] = "application/json";
  const request = new Request(input.url, { method: input.method, headers, body: input.body });
  const refused = refuseBadApiRequestTarget(request);
  if (refused) return refused;
  const templateParts = template.split("/");
  const actualParts = new URL(input.url).pathname.split("/");
  const params: Record<string, string> = {};
  templateParts.forEach((part, index) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    if (name) params[name] = decodeURIComponent(actualParts[index]);
  });
  return handler(request, { params: Promise.resolve(params) });
}

async function check(response: Response, endpoint: EndpointDefinition, label: string) {
  const status = response.status;
  histogram[status] = (histogram[status] ?? 0) + 1;
  (perOperation[label] ??= {})[status] = (perOperation[label][status] ?? 0) + 1;
  const text = await response.text();
  expect(status, `${label}: ${text.slice(0, 300)}`).toBeLessThan(500);
  if (status >= 400) {
    const parsed = apiErrorSchema.safeParse(JSON.parse(text));
    expect(parsed.success, `${label} ${status}: ${text.slice(0, 300)}`).toBe(true);
    return;
  }
  if ("schema" in endpoint.success) {
    const parsed = endpoint.success.schema.safeParse(JSON.parse(text));
    expect(parsed.success, `${label} ${status}: ${parsed.error?.message}`).toBe(true);
  } else {
    expect(response.headers.get("content-type")).toContain(endpoint.success.mediaType);
  }
}

describe("fuzzing /api/v1 from its OpenAPI document", () => {
  it("has a route module for every documented operation", () => {
    for (const { path, method, endpoint } of operations) {
      expect(routeModules[path]?.[method], `${method} ${path}`).toBeTypeOf("function");
      expect(endpoint, `${method} ${path} in lib/api/endpoints.ts`).toBeDefined();
    }
  });

  it("answers every valid, boundary and hostile request without a 5xx", async () => {
    const started = performance.now();
    for (const { path, method, operation, endpoint } of operations) {
      const handler = routeModules[path][method] as Handler;
      await fc.assert(
        fc.asyncProperty(requestArbitrary(path, method, operation), async (input) => {
          await check(await send(handler, path, input), endpoint!, `${method} ${path}`);
        }),
        {
          numRuns: REQUESTS_PER_OPERATION,
          seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31),
          endOnFailure: true,
        },
      );
    }
    const durationMs = Math.round(performance.now() - started);
    const requests = Object.values(histogram).reduce((sum, count) => sum + count, 0);
    const report = { requests, durationMs, histogram, perOperation };
    console.log(`API fuzz: ${requests} requests in ${durationMs} ms`, JSON.stringify(histogram));
    mkdirSync("test-results", { recursive: true });
    writeFileSync("test-results/fuzz-api.json", `${JSON.stringify(report, null, 2)}\n`);
    expect(requests - (histogram[429] ?? 0)).toBeGreaterThanOrEqual(MIN_REQUESTS);
    // Every reading operation was answered 2xx at least once, so its success schema was checked.
    for (const { path, method } of operations.filter((o) => o.method === "GET")) {
      const successes = Object.entries(perOperation[`${method} ${path}`] ?? {})
        .filter(([status]) => status.startsWith("2"))
        .reduce((sum, [, count]) => sum + count, 0);
      expect(successes, `${method} ${path} never succeeded`).toBeGreaterThan(0);
    }
  }, 180_000);
});
