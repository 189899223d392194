import { apiErrorJson } from "@/lib/api/api-error-response";

/** Any /api/v1 path no route serves: the API's JSON 404 envelope, not the HTML page. */
function notFound(request: Request): Response {
  return apiErrorJson(404, "NOT_FOUND", "apiNotFound", request.headers.get("accept-language"));
}

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
