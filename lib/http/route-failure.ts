import { ZodError, type z } from "zod";
import { AppError, isDatabaseUnavailable } from "@/lib/errors";
import { zodIssuesToFieldKeys } from "@/lib/actions/form-data";
import { ApiError, type ApiErrorCode } from "@/lib/api/api-error";
import { log } from "@/lib/log";

// No database or session imports here: proxy.ts answers its refusals through this module.

/** Whatever a route handler threw, as the status, code and message key its answer carries. */
export type RouteFailure = {
  status: number;
  code: ApiErrorCode;
  /** A key of the `errors` catalogue. */
  messageKey: string;
  params?: Record<string, string | number>;
  /** Field path -> message key, for input that was refused. */
  fields?: Record<string, string>;
  headers?: Record<string, string>;
  /** What was thrown, for an answer that adds details of its own (the API's next free slots). */
  error: unknown;
};

/**
 * A union failure (an instant is a Date or an ISO string) carries zod's generic
 * message; the branch JSON can reach has the message key that explains the format.
 */
function explainUnion(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== "invalid_union") return issue;
  const keyed = issue.errors.flat().find((inner) => /^[a-zA-Z]+$/.test(inner.message));
  return keyed ? { ...issue, message: keyed.message } : issue;
}

/**
 * The one mapping from a thrown error to a route's answer: refusals keep their status,
 * input a schema refused (or malformed JSON) is a 422, a database outage a 503 "try again",
 * anything else a logged 500. Each route family renders the result in its own body shape.
 */
export function routeFailureOf(error: unknown): RouteFailure {
  if (error instanceof ApiError) {
    const { status, code, messageKey, params, headers } = error;
    return { status, code, messageKey, params, headers, error };
  }
  if (error instanceof AppError) {
    const { status, code, messageKey, params, fields } = error;
    return { status, code, messageKey, params, fields, error };
  }
  if (error instanceof ZodError) {
    const fields = zodIssuesToFieldKeys(error.issues.map(explainUnion));
    return { status: 422, code: "VALIDATION", messageKey: "checkFields", fields, error };
  }
  if (error instanceof SyntaxError) return { status: 422, code: "VALIDATION", messageKey: "invalid", error };
  if (isDatabaseUnavailable(error)) {
    log.warn("route: database unavailable", { err: error });
    const headers = { "Retry-After": "5" };
    return { status: 503, code: "SERVICE_UNAVAILABLE", messageKey: "databaseDown", headers, error };
  }
  log.error("route: unexpected error", { err: error });
  return { status: 500, code: "INTERNAL", messageKey: "unexpected", error };
}
