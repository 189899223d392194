import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { isCrossOriginFormPost } from "@/lib/http/cross-origin-form-post";
import { guardedRoute, routeErrorResponse } from "@/lib/http/guarded-route";
import { isEntityId } from "@/lib/validation/entity-id";

type Input<A> = { actor: A; showcaseId: string; request: Request; now: Date };

/**
 * One showcase route outside the media ones (chat, moderation, pins, heartbeat, feed,
 * calendar), inside the shared route guard: an id that cannot name a showcase is 404, a
 * cross-site POST 403, then the session (`signedIn`: 401 without one), the handler (which
 * asks lib/showcases/access.ts through requireShowcaseSeat) and JSON, never cached. Failures
 * answer `{error: {code, key}}` with keys of the `errors` messages.
 */
export function showcaseRoute<const S extends boolean = true>(
  handler: (input: Input<S extends true ? Actor : Actor | null>) => Promise<unknown>,
  { signedIn }: { signedIn?: S } = {},
) {
  return guardedRoute<{ id: string }>(async (request, { id }) => {
    if (!isEntityId(id)) throw new AppError("NOT_FOUND", "showcaseNotFound");
    if (isCrossOriginFormPost(request)) throw new AppError("FORBIDDEN", "forbidden");
    const actor = await getActor();
    if (signedIn !== false && !actor) return routeErrorResponse(401, "UNAUTHENTICATED", "unauthenticated");
    const result = await handler({ actor: actor as Actor, showcaseId: id, request, now: new Date() });
    if (result instanceof Response) return result;
    return Response.json(result ?? {}, { headers: { "Cache-Control": "private, no-store" } });
  });
}
