import { z } from "zod";
import { instantSchema } from "@/lib/meetings/schemas";
import { apiErrorSchema } from "./api-error";
import { API_BASE_PATH, endpoints, type EndpointDefinition } from "./endpoints";

type JsonSchema = Record<string, unknown>;

/**
 * JSON Schema (2020-12, as OpenAPI 3.1 uses) of a zod schema. Instants the domain
 * accepts as Date or ISO string are documented as what JSON can carry: a date-time string.
 */
function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const result = z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    override: (ctx) => {
      if (ctx.zodSchema === instantSchema) {
        for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as JsonSchema)[key];
        Object.assign(ctx.jsonSchema, {
          type: "string",
          format: "date-time",
          description: "ISO 8601 instant, e.g. 2026-06-01T02:00:00Z",
        });
      }
    },
  }) as JsonSchema;
  delete result.$schema;
  return result;
}

/** Path or query parameters of an object schema. */
function parameters(schema: z.ZodObject | undefined, location: "path" | "query") {
  if (!schema) return [];
  const object = jsonSchema(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === "path" || (object.required ?? []).includes(name),
    schema: property,
    ...(typeof property.description === "string" ? { description: property.description } : {}),
  }));
}

const errorResponses: Record<string, string> = {
  "400": "Malformed JSON body, or a URL with malformed percent-encoding or characters that cannot be stored (NUL)",
  "401": "Missing, unknown or revoked token",
  "403": "Not allowed for the caller's role or organization",
  "404": "Not found (or not visible to the caller); also any path below /api/v1 that is not an endpoint",
  "405": "Method not allowed on this path; see Allow",
  "409": "Conflict: the slot was just taken (with nextFreeSlots), a duplicate, or a state change meanwhile",
  "413": "Request body larger than 256 KB",
  "422":
    "Validation failed (also text that cannot be stored, such as a NUL character); fields maps each field to its message",
  "429": "Rate limit reached; see Retry-After",
  "503": "The database is briefly unavailable (a restart or failover); retry after Retry-After",
};

/** Response headers some errors carry. */
const errorHeaders: Record<string, Record<string, unknown>> = {
  "405": { Allow: { description: "The methods this path serves", schema: { type: "string" } } },
  "429": { "Retry-After": { description: "Seconds until the limit resets", schema: { type: "integer" } } },
  "503": { "Retry-After": { description: "Seconds to wait before retrying", schema: { type: "integer" } } },
};

function errorCodesOf(endpoint: EndpointDefinition): string[] {
  // Every path answers a malformed URL (400) and a method it does not serve (405).
  if (endpoint.authenticated === false) return ["400", "405"];
  const codes = ["400", "401", "403", "404", "405", "422", "429", "503"];
  if (endpoint.body) codes.push("413");
  if (endpoint.method === "POST") codes.push("409");
  return codes.sort();
}

function operation(endpoint: EndpointDefinition) {
  const success = endpoint.success;
  const content =
    "schema" in success
      ? { "application/json": { schema: { $ref: `#/components/schemas/${success.name}` } } }
      : { [success.mediaType]: { schema: { type: "string" } } };
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    tags: [endpoint.tag],
    ...(endpoint.authenticated === false ? { security: [] } : {}),
    parameters: [...parameters(endpoint.params, "path"), ...parameters(endpoint.query, "query")],
    ...(endpoint.body
      ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: jsonSchema(endpoint.body, "input") } },
          },
        }
      : {}),
    responses: {
      [String(success.status)]: { description: "Success", content },
      ...Object.fromEntries(
        errorCodesOf(endpoint).map((code) => [code, { $ref: `#/components/responses/Error${code}` }]),
      ),
    },
  };
}

/** The OpenAPI 3.1 document of the public API, generated from the endpoint registry and its zod schemas. */
export function openApiDocument(serverUrl?: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  const schemas: Record<string, JsonSchema> = { Error: jsonSchema(apiErrorSchema, "output") };
  for (const endpoint of Object.values(endpoints) as EndpointDefinition[]) {
    const path = `${API_BASE_PATH}${endpoint.path}`;
    paths[path] = { ...paths[path], [endpoint.method.toLowerCase()]: operation(endpoint) };
    if ("schema" in endpoint.success) schemas[endpoint.success.name] = jsonSchema(endpoint.success.schema, "output");
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "FairBridge API",
      version: "1.0.0",
      description:
        "Meetings between suppliers and buyers of FairBridge trade fairs. Authenticate with a personal API token " +
        "(`Authorization: Bearer fb_...`). Times are ISO 8601 instants in UTC. Errors are " +
        '`{"error": {"code", "message", "fields"}}` with the message in the token owner\'s language.',
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    security: [{ bearerAuth: [] }],
    tags: [{ name: "Sessions" }, { name: "Meeting requests" }, { name: "Meetings" }, { name: "Meta" }],
    paths,
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "A personal API token (fb_...) from the settings" },
      },
      schemas,
      responses: Object.fromEntries(
        Object.entries(errorResponses).map(([code, description]) => [
          `Error${code}`,
          {
            description,
            ...(errorHeaders[code] ? { headers: errorHeaders[code] } : {}),
            content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
          },
        ]),
      ),
    },
  };
}
