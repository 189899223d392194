import "server-only";
import { ZodError } from "zod";
import { AppError, isDatabaseUnavailable } from "@/lib/errors";
import { assertStorableRequestInput } from "./storable-request-input";
import { log } from "@/lib/log";

/** What a route outside /api/v1 answers on failure: the code and a message key the page translates. */
export type RouteErrorBody = { error: { code: string; key: string } };

const NO_STORE = { "Cache-Control": "private, no-store" } as const;

export function routeErrorResponse(status: number, code: string, key: string): Response {
  return Response.json({ error: { code, key } } satisfies RouteErrorBody, { status, headers: NO_STORE });
}

/** The message key a failure answers with: the first field's key names the problem best. */
function keyOf(error: AppError): string {
  const fieldKey = error.fields ? Object.values(error.fields)[0] : undefined;
  return error.messageKey === "checkFields" && fieldKey ? fieldKey : error.messageKey;
}

/**
 * The one guard of every route handler outside /api/v1 (rooms, live views, files,
 * calendars): path parameters and query refused when PostgreSQL could not store them,
 * then the handler; AppError maps to its status and message key, invalid input (zod,
 * malformed JSON) to 422, and anything unexpected to a 500 that still has a JSON body.
 */
export function guardedRoute<P>(handler: (request: Request, params: P) => Promise<Response>) {
  return async function route(request: Request, context: { params: Promise<P> }): Promise<Response> {
    try {
      const params = await context.params;
      assertStorableRequestInput(request, params);
      return await handler(request, params);
    } catch (error) {
      if (error instanceof AppError) return routeErrorResponse(error.status, error.code, keyOf(error));
      if (error instanceof ZodError || error instanceof SyntaxError)
        return routeErrorResponse(422, "VALIDATION", "invalid");
      if (isDatabaseUnavailable(error)) {
        log.warn("route: database unavailable", { err: error });
        return routeErrorResponse(503, "SERVICE_UNAVAILABLE", "databaseDown");
      }
      log.error("route: unexpected error", { err: error });
      return routeErrorResponse(500, "INTERNAL", "unexpected");
    }
  };
}
