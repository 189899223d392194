/** What the check needs of a request (NextRequest satisfies it; tests pass plain objects). */
export type PostedRequest = { method: string; headers: Headers };

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether a browser sent this state-changing request to one of our pages from
 * another site: a server action (fetch with `next-action`, or a plain form post
 * without JavaScript) whose `Origin` names neither the forwarded host nor the host.
 * Next refuses these too, but by throwing inside its action handler, which answers
 * 500; the proxy asks this first and answers 403.
 *
 * Mirrors Next's own rule: a request without `Origin` passes (browsers always send
 * it on POST; a script without a browser carries no victim's cookies), `Origin: null`
 * (sandboxed frames, opaque redirects) counts as another site. Only for page paths:
 * API routes authenticate by bearer token and next-auth guards its own POSTs.
 */
export function isCrossOriginFormPost(request: PostedRequest): boolean {
  if (safeMethods.has(request.method.toUpperCase())) return false;
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const originHost = hostOf(origin);
  if (originHost === null) return true;
  const forwardedHost = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return originHost !== forwardedHost && originHost !== request.headers.get("host");
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host || null;
  } catch {
    return null;
  }
}
