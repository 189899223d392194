import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { isCrossOriginFormPost } from "@/lib/http/cross-origin-form-post";
import { guardedRoute, routeErrorResponse } from "@/lib/http/guarded-route";

type Input = { actor: Actor | null; showcaseId: string; request: Request; now: Date };

const showcaseIdSchema = z.string().regex(/^[a-z0-9]{10,40}$/, "notFound");

/**
 * One showcase media route (app/api/showcases/[id]/media/*), inside the shared route guard:
 * the showcase id checked, a cross-site POST refused, the session read (signed in: `signedIn`
 * routes answer 401 without one) -> handler -> JSON, never cached. Failures answer
 * `{error: {code, key}}` with keys of the `showcaseMedia.errors` messages.
 */
export function showcaseMediaRoute(
  handler: (input: Input) => Promise<unknown>,
  { signedIn = true }: { signedIn?: boolean } = {},
) {
  return guardedRoute<{ id: string }>(async (request, { id }) => {
    const parsed = showcaseIdSchema.safeParse(id);
    if (!parsed.success) throw new AppError("NOT_FOUND", "notFound");
    if (isCrossOriginFormPost(request)) throw new AppError("FORBIDDEN", "forbidden");
    const actor = await getActor();
    if (signedIn && !actor) return routeErrorResponse(401, "UNAUTHENTICATED", "signedOut");
    const result = await handler({ actor, showcaseId: parsed.data, request, now: new Date() });
    if (result instanceof Response) return result;
    return Response.json(result ?? {}, { headers: { "Cache-Control": "private, no-store" } });
  });
}

/** For handlers of `signedIn` routes. */
export function signedInActor(actor: Actor | null): Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "signedOut");
  return actor;
}
