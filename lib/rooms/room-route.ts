import "server-only";
import { getActor } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/actor";
import { guardedRoute, routeErrorResponse } from "@/lib/http/guarded-route";

type Handler = (input: { actor: Actor; token: string; request: Request; now: Date }) => Promise<unknown>;

/**
 * One room API route, inside the shared route guard: session (401) -> handler (which
 * checks the room, the role and the window) -> JSON. A Response from the handler (the
 * event stream) passes through. Failure keys name `rooms.errors` messages.
 */
export function roomRoute(handler: Handler) {
  return guardedRoute<{ token: string }>(async (request, { token }) => {
    const actor = await getActor();
    if (!actor) return routeErrorResponse(401, "UNAUTHENTICATED", "signedOut");
    const result = await handler({ actor, token, request, now: new Date() });
    if (result instanceof Response) return result;
    return Response.json(result ?? {}, { headers: { "Cache-Control": "private, no-store" } });
  });
}
