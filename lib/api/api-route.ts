import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authenticateApiCaller } from "@/lib/api-tokens/authenticate-bearer";
import { guardRoute } from "@/lib/http/guard-route";
import { readJsonBody } from "@/lib/http/read-json-body";
import { assertStorableRequestInput } from "@/lib/http/storable-request-input";
import { isAppLocale, type AppLocale } from "@/lib/i18n/routing";
import { ApiError } from "./api-error";
import { API_HEADERS } from "./api-error-response";
import { answerApiRequestIn, answerInApiEnvelope, apiCallerLocale } from "./api-failure-answer";
import type { EndpointDefinition } from "./endpoints";
import { hitApiRateLimit } from "./rate-limit";

type Out<E, K extends "params" | "query" | "body"> = E extends { [P in K]: infer S extends z.ZodType }
  ? z.output<S>
  : undefined;
type SuccessBody<E> = E extends { success: { schema: infer S extends z.ZodType } } ? z.output<S> : never;

export type ApiHandlerInput<E> = {
  actor: Actor;
  /** The token owner's language: error messages and localized links use it. */
  locale: AppLocale;
  request: Request;
  params: Out<E, "params">;
  query: Out<E, "query">;
  body: Out<E, "body">;
};

/** What Next.js passes a route handler as its second argument. */
export type RouteContext = { params: Promise<Record<string, string>> };

/**
 * One public API route, inside the one route guard: bearer token (401) -> per-token rate
 * limit (429) -> path, query and JSON body (413 above 256 KB, 400 malformed JSON) refused
 * when they hold text PostgreSQL cannot store (422 naming the field) and parsed with the
 * endpoint's zod schemas (422 invalid) -> handler -> JSON. Domain errors map to HTTP by
 * their code, with the message in the token owner's language.
 */
export function apiRoute<const E extends EndpointDefinition>(
  endpoint: E,
  handler: (input: ApiHandlerInput<E>) => Promise<SuccessBody<E> | Response>,
) {
  return guardRoute(answerInApiEnvelope, async (request: Request, context: RouteContext): Promise<Response> => {
    const caller = await authenticateApiCaller(request);
    if (!caller) {
      throw new ApiError(401, "UNAUTHENTICATED", "apiUnauthenticated", undefined, {
        "WWW-Authenticate": 'Bearer realm="FairBridge API"',
      });
    }
    if (isAppLocale(caller.actor.locale)) answerApiRequestIn(request, caller.actor.locale);
    const locale = apiCallerLocale(request);
    const verdict = await hitApiRateLimit(caller.tokenId);
    if (!verdict.allowed) {
      const seconds = verdict.retryAfterSeconds;
      throw new ApiError(429, "RATE_LIMITED", "apiRateLimited", { seconds }, { "Retry-After": String(seconds) });
    }
    const rawParams = await context.params;
    assertStorableRequestInput(request, rawParams);
    const params = endpoint.params ? endpoint.params.parse(rawParams) : undefined;
    const query = endpoint.query
      ? endpoint.query.parse(Object.fromEntries(new URL(request.url).searchParams))
      : undefined;
    const body = endpoint.body ? endpoint.body.parse(await readApiBody(request)) : undefined;
    const result = await handler({ actor: caller.actor, locale, request, params, query, body } as ApiHandlerInput<E>);
    if (result instanceof Response) return result;
    return Response.json(result, { status: endpoint.success.status, headers: API_HEADERS });
  });
}

/** The JSON body (see readJsonBody); unparsable JSON is the API's 400. */
async function readApiBody(request: Request): Promise<unknown> {
  try {
    return await readJsonBody(request);
  } catch (error) {
    if (error instanceof SyntaxError) throw new ApiError(400, "BAD_REQUEST", "apiMalformedJson");
    throw error;
  }
}
