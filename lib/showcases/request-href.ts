/**
 * The meeting request form's address for a request sent from a showcase: the session, the
 * supplier and the showcase (recorded with the request); a pinned card adds `&product=`.
 */
export function showcaseRequestHref(input: { sessionId: string; organizationId: string; showcaseId: string }): string {
  const query = new URLSearchParams({
    session: input.sessionId,
    with: input.organizationId,
    showcase: input.showcaseId,
  });
  return `/meetings/new?${query}`;
}
