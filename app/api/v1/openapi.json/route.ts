import { answerInApiEnvelope } from "@/lib/api/api-failure-answer";
import { openApiDocument } from "@/lib/api/openapi";
import { methodsNotAllowedBesides } from "@/lib/api/method-not-allowed";
import { guardRoute } from "@/lib/http/guard-route";

/** The OpenAPI 3.1 document of /api/v1, public (no token), generated from the endpoint registry. */
export const GET = guardRoute(answerInApiEnvelope, (request: Request): Response =>
  Response.json(openApiDocument(new URL(request.url).origin), {
    headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" },
  }),
);

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowedBesides("GET");
