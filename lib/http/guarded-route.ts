import "server-only";
import { AppError } from "@/lib/errors";
import { guardRoute, type FailureAnswer } from "./guard-route";
import type { RouteFailure } from "./route-failure";
import { assertStorableRequestInput } from "./storable-request-input";

/** What a route outside /api/v1 answers on failure: the code and a message key the page translates. */
export type RouteErrorBody = { error: { code: string; key: string } };

const NO_STORE = { "Cache-Control": "private, no-store" } as const;

export function routeErrorResponse(
  status: number,
  code: string,
  key: string,
  headers?: Record<string, string>,
): Response {
  return Response.json({ error: { code, key } } satisfies RouteErrorBody, {
    status,
    headers: { ...NO_STORE, ...headers },
  });
}

/**
 * The message key a failure answers with: for a refusal the first field's key names the
 * problem best; input a schema refused reads as the generic "invalid" (these clients show
 * one message, not one per field).
 */
function keyOf(failure: RouteFailure): string {
  if (!(failure.error instanceof AppError)) return failure.code === "VALIDATION" ? "invalid" : failure.messageKey;
  const fieldKey = failure.fields ? Object.values(failure.fields)[0] : undefined;
  return failure.messageKey === "checkFields" && fieldKey ? fieldKey : failure.messageKey;
}

/** How every route outside /api/v1 answers a failure: its status, code and message key. */
export const answerWithMessageKey: FailureAnswer = (failure) =>
  routeErrorResponse(failure.status, failure.code, keyOf(failure), failure.headers);

/**
 * A route handler outside /api/v1 with path parameters (rooms, live views, files,
 * calendars), inside the one route guard: path parameters and query refused when
 * PostgreSQL could not store them, then the handler; failures answer `{code, key}`.
 */
export function guardedRoute<P>(handler: (request: Request, params: P) => Promise<Response>) {
  return guardRoute(answerWithMessageKey, async (request: Request, context: { params: Promise<P> }) => {
    const params = await context.params;
    assertStorableRequestInput(request, params);
    return handler(request, params);
  });
}
