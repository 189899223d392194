import "server-only";
import { getActor } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/actor";
import { guardedRoute, routeErrorResponse } from "@/lib/http/guarded-route";

type Handler<P> = (input: { actor: Actor; params: P; request: Request; now: Date }) => Promise<Response>;

/**
 * One live-view route (the board's and the "Now" page's event streams), inside the shared
 * route guard: the signed-in session (401), then the handler, which checks the role's
 * permission and the tenant; failures answer a status and an `errors` message key.
 */
export function liveRoute<P extends Record<string, string>>(handler: Handler<P>) {
  return guardedRoute<P>(async (request, params) => {
    const actor = await getActor();
    if (!actor) return routeErrorResponse(401, "UNAUTHENTICATED", "unauthenticated");
    return handler({ actor, params, request, now: new Date() });
  });
}
