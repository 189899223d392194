import { ApiError } from "@/lib/api/api-error";
import { answerInApiEnvelope } from "@/lib/api/api-failure-answer";
import { guardRoute } from "@/lib/http/guard-route";

/** Any /api/v1 path no route serves: the API's JSON 404 envelope (in the request's language), not the HTML page. */
const notFound = guardRoute(answerInApiEnvelope, (_request: Request): Response => {
  throw new ApiError(404, "NOT_FOUND", "apiNotFound");
});

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
