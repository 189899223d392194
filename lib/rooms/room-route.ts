import "server-only";
import { ZodError } from "zod";
import { AppError } from "@/lib/errors";
import { getActor } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/actor";

export type RoomRouteContext = { params: Promise<{ token: string }> };
type Handler = (input: { actor: Actor; token: string; request: Request; now: Date }) => Promise<unknown>;

/** What a room API answers on failure: the code and a key of the `rooms.errors` messages. */
export type RoomErrorBody = { error: { code: string; key: string } };

const NO_STORE = { "Cache-Control": "private, no-store" } as const;

function errorResponse(status: number, code: string, key: string): Response {
  return Response.json({ error: { code, key } } satisfies RoomErrorBody, { status, headers: NO_STORE });
}

/**
 * One room API route: session (401) -> handler (which checks the room, the role and the
 * window) -> JSON; AppError and invalid input map to status + message key. A Response from
 * the handler (the event stream) passes through.
 */
export function roomRoute(handler: Handler) {
  return async function route(request: Request, context: RoomRouteContext): Promise<Response> {
    try {
      const actor = await getActor();
      if (!actor) return errorResponse(401, "UNAUTHENTICATED", "signedOut");
      const { token } = await context.params;
      const result = await handler({ actor, token, request, now: new Date() });
      if (result instanceof Response) return result;
      return Response.json(result ?? {}, { headers: NO_STORE });
    } catch (error) {
      if (error instanceof AppError) return errorResponse(error.status, error.code, error.messageKey);
      if (error instanceof ZodError || error instanceof SyntaxError) return errorResponse(422, "VALIDATION", "invalid");
      throw error;
    }
  };
}

/** The JSON body; empty reads as {}. A malformed body is a SyntaxError (422 above). */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  return text.trim() ? JSON.parse(text) : {};
}
