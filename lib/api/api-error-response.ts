import { routeFailureOf, type RouteFailure } from "@/lib/http/route-failure";
import { SlotTakenError } from "@/lib/meetings/slot-taken-error";
import { ApiError, type ApiErrorBody, type ApiErrorCode } from "./api-error";
import { errorTranslator, localeFromAcceptLanguage, type ErrorTranslator } from "./error-translator";

// No database or session imports here: proxy.ts builds its 400 answers with this module.

export const API_HEADERS = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } as const;

function translateFields(fields: RouteFailure["fields"], t: ErrorTranslator, params: RouteFailure["params"]) {
  if (!fields || Object.keys(fields).length === 0) return undefined;
  return Object.fromEntries(Object.entries(fields).map(([field, key]) => [field, t(key, params)]));
}

/** A failure (see routeFailureOf) in the API's envelope `{"error": {...}}`, with its HTTP status. */
export function apiFailureResponse(failure: RouteFailure, t: ErrorTranslator): Response {
  const { status, code, messageKey, params, fields, headers, error } = failure;
  const body: ApiErrorBody = {
    error: { code, message: t(messageKey, params), fields: translateFields(fields, t, params) },
  };
  if (error instanceof SlotTakenError) body.error.nextFreeSlots = error.nextFreeSlots;
  return Response.json(body, { status, headers: { ...API_HEADERS, ...headers } });
}

/** Any thrown error as the API's envelope. */
export function apiErrorResponse(error: unknown, t: ErrorTranslator): Response {
  return apiFailureResponse(routeFailureOf(error), t);
}

/**
 * The API's error envelope for a caller without a token (unknown path, wrong method,
 * a URL the proxy refuses), in the first language of Accept-Language we speak.
 */
export function apiErrorJson(
  status: number,
  code: ApiErrorCode,
  messageKey: string,
  acceptLanguage: string | null,
  { params, headers }: { params?: Record<string, string | number>; headers?: Record<string, string> } = {},
): Response {
  const t = errorTranslator(localeFromAcceptLanguage(acceptLanguage));
  return apiErrorResponse(new ApiError(status, code, messageKey, params, headers), t);
}
