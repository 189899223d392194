import { checkRequestTarget } from "@/lib/http/request-target";
import { apiErrorJson } from "./api-error-response";

/**
 * The 400 envelope for an /api/v1 request whose path or query cannot be decoded into
 * storable text (malformed percent-encoding, NUL, lone surrogates), or null when the URL
 * is fine. proxy.ts asks this before routing: Next.js would answer such a path with a
 * plain-text 500.
 */
export function refuseBadApiRequestTarget(request: Request): Response | null {
  const verdict = checkRequestTarget(request.url);
  if (verdict.ok) return null;
  const messageKey = verdict.reason === "malformedEncoding" ? "apiMalformedUrl" : "apiUnstorableUrl";
  return apiErrorJson(400, "BAD_REQUEST", messageKey, request.headers.get("accept-language"));
}
