import { openApiDocument } from "@/lib/api/openapi";
import { methodsNotAllowedBesides } from "@/lib/api/method-not-allowed";

/** The OpenAPI 3.1 document of /api/v1, public (no token), generated from the endpoint registry. */
export function GET(request: Request): Response {
  return Response.json(openApiDocument(new URL(request.url).origin), {
    headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" },
  });
}

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowedBesides("GET");
