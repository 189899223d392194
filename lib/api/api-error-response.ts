import { ZodError, type z } from "zod";
import { AppError, isDatabaseUnavailable } from "@/lib/errors";
import { zodIssuesToFieldKeys } from "@/lib/actions/form-data";
import { SlotTakenError } from "@/lib/meetings/slot-taken-error";
import { ApiError, type ApiErrorBody, type ApiErrorCode } from "./api-error";
import { errorTranslator, localeFromAcceptLanguage, type ErrorTranslator } from "./error-translator";
import { log } from "@/lib/log";

// No database or session imports here: proxy.ts builds its 400 answers with this module.

export const API_HEADERS = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } as const;

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
  } else if (isDatabaseUnavailable(error)) {
    log.warn("api: database unavailable", { err: error });
    status = 503;
    body = { error: { code: "SERVICE_UNAVAILABLE", message: t("databaseDown") } };
    headers = { "Retry-After": "5" };
  } else {
    log.error("api: unexpected error", { err: error });
    status = 500;
    body = { error: { code: "INTERNAL", message: t("unexpected") } };
  }
  return Response.json(body, { status, headers: { ...API_HEADERS, ...headers } });
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
