import "server-only";
import { ZodError } from "zod";
import { AppError } from "@/lib/errors";
import { getActor } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/actor";

type Handler<P> = (input: { actor: Actor; params: P; request: Request; now: Date }) => Promise<Response>;

const NO_STORE = { "Cache-Control": "private, no-store" } as const;

function errorResponse(status: number, code: string, key: string): Response {
  return Response.json({ error: { code, key } }, { status, headers: NO_STORE });
}

/**
 * One live-view route (the board's and the "Now" page's event streams): the signed-in
 * session (401), then the handler, which checks the role's permission and the tenant;
 * AppError maps to its status and an `errors` message key, as the room routes do
 * (lib/rooms/room-route.ts), whose shape this follows for routes named by other params.
 */
export function liveRoute<P extends Record<string, string>>(handler: Handler<P>) {
  return async function route(request: Request, context: { params: Promise<P> }): Promise<Response> {
    try {
      const actor = await getActor();
      if (!actor) return errorResponse(401, "UNAUTHENTICATED", "unauthenticated");
      return await handler({ actor, params: await context.params, request, now: new Date() });
    } catch (error) {
      if (error instanceof AppError) return errorResponse(error.status, error.code, error.messageKey);
      if (error instanceof ZodError) return errorResponse(422, "VALIDATION", "invalid");
      throw error;
    }
  };
}
