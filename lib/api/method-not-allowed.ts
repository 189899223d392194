import { guardRoute } from "@/lib/http/guard-route";
import { ApiError } from "./api-error";
import { answerInApiEnvelope } from "./api-failure-answer";

const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof methods)[number];
type Handler = (request: Request) => Response;

/**
 * Handlers for the methods an /api/v1 route does not serve: a 405 envelope with the
 * message in the caller's language and an Allow header (Next.js alone answers an
 * empty 405). A route file spreads them next to its own handlers:
 * `export const { POST, PUT, PATCH, DELETE } = methodsNotAllowedBesides("GET");`
 */
export function methodsNotAllowedBesides<const A extends Method[]>(
  ...allowed: A
): Record<Exclude<Method, A[number]>, Handler> {
  // Next.js answers HEAD with the GET handler and OPTIONS by itself.
  const allow = [...allowed, ...(allowed.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");
  const refuse: Handler = guardRoute(answerInApiEnvelope, (request: Request): Response => {
    const params = { method: request.method, allowed: allow };
    throw new ApiError(405, "METHOD_NOT_ALLOWED", "apiMethodNotAllowed", params, { Allow: allow });
  });
  return Object.fromEntries(methods.filter((m) => !allowed.includes(m)).map((m) => [m, refuse])) as Record<
    Exclude<Method, A[number]>,
    Handler
  >;
}
