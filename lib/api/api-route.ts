import "server-only";
import { ZodError, type z } from "zod";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { authenticateApiCaller } from "@/lib/api-tokens/authenticate-bearer";
import { zodIssuesToFieldKeys } from "@/lib/actions/form-data";
import { isAppLocale, type AppLocale } from "@/lib/i18n/routing";
import { SlotTakenError } from "@/lib/meetings/slot-taken-error";
import { ApiError, type ApiErrorBody } from "./api-error";
import type { EndpointDefinition } from "./endpoints";
import { errorTranslator, localeFromAcceptLanguage, type ErrorTranslator } from "./error-translator";
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

export const API_HEADERS = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } as const;

/**
 * One public API route: bearer token (401) -> per-token rate limit (429) -> path,
 * query and JSON body parsed with the endpoint's zod schemas (400 malformed JSON,
 * 422 invalid) -> handler -> JSON. Domain errors map to HTTP by their code, with
 * the message in the token owner's language.
 */
export function apiRoute<const E extends EndpointDefinition>(
  endpoint: E,
  handler: (input: ApiHandlerInput<E>) => Promise<SuccessBody<E> | Response>,
) {
  return async function route(request: Request, context: RouteContext): Promise<Response> {
    let locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
    try {
      const caller = await authenticateApiCaller(request);
      if (!caller) {
        throw new ApiError(401, "UNAUTHENTICATED", "apiUnauthenticated", undefined, {
          "WWW-Authenticate": 'Bearer realm="FairBridge API"',
        });
      }
      if (isAppLocale(caller.actor.locale)) locale = caller.actor.locale;
      const verdict = await hitApiRateLimit(caller.tokenId);
      if (!verdict.allowed) {
        const seconds = verdict.retryAfterSeconds;
        throw new ApiError(429, "RATE_LIMITED", "apiRateLimited", { seconds }, { "Retry-After": String(seconds) });
      }
      const params = endpoint.params ? endpoint.params.parse(await context.params) : undefined;
      const query = endpoint.query
        ? endpoint.query.parse(Object.fromEntries(new URL(request.url).searchParams))
        : undefined;
      const body = endpoint.body ? endpoint.body.parse(await readJsonBody(request)) : undefined;
      const result = await handler({ actor: caller.actor, locale, request, params, query, body } as ApiHandlerInput<E>);
      if (result instanceof Response) return result;
      return Response.json(result, { status: endpoint.success.status, headers: API_HEADERS });
    } catch (error) {
      return apiErrorResponse(error, errorTranslator(locale));
    }
  };
}

/** The JSON body; an empty body reads as {} (every field optional), anything unparsable is a 400. */
async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, "BAD_REQUEST", "apiMalformedJson");
  }
}

/**
 * A union failure (an instant is a Date or an ISO string) carries zod's generic
 * message; the branch JSON can reach has the message key that explains the format.
 */
function explainUnion(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== "invalid_union") return issue;
  const keyed = issue.errors.flat().find((inner) => /^[a-zA-Z]+$/.test(inner.message));
  return keyed ? { ...issue, message: keyed.message } : issue;
}

function translateFields(fields: Record<string, string> | undefined, t: ErrorTranslator, params?: AppError["params"]) {
  if (!fields || Object.keys(fields).length === 0) return undefined;
  return Object.fromEntries(Object.entries(fields).map(([field, key]) => [field, t(key, params)]));
}

/** Any failure as `{"error": {...}}` with its HTTP status. */
export function apiErrorResponse(error: unknown, t: ErrorTranslator): Response {
  let status: number;
  let body: ApiErrorBody;
  let headers: Record<string, string> = {};
  if (error instanceof ApiError) {
    status = error.status;
    body = { error: { code: error.code, message: t(error.messageKey, error.params) } };
    headers = error.headers ?? {};
  } else if (error instanceof AppError) {
    status = error.status;
    body = {
      error: {
        code: error.code,
        message: t(error.messageKey, error.params),
        fields: translateFields(error.fields, t, error.params),
      },
    };
    if (error instanceof SlotTakenError) body.error.nextFreeSlots = error.nextFreeSlots;
  } else if (error instanceof ZodError) {
    status = 422;
    body = {
      error: {
        code: "VALIDATION",
        message: t("checkFields"),
        fields: translateFields(zodIssuesToFieldKeys(error.issues.map(explainUnion)), t),
      },
    };
  } else {
    console.error("api: unexpected error", error);
    status = 500;
    body = { error: { code: "INTERNAL", message: t("unexpected") } };
  }
  return Response.json(body, { status, headers: { ...API_HEADERS, ...headers } });
}
