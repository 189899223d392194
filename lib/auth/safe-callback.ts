/**
 * Only same-site paths may be followed after sign-in (no open redirects).
 * Parsed as a browser would, so tricks like "/\t/evil.example" are refused.
 */
export function safeCallbackPath(candidate: string | undefined): string | null {
  if (!candidate || !candidate.startsWith("/") || /[\\\s]/.test(candidate)) return null;
  const base = "http://fairbridge.invalid";
  try {
    const url = new URL(candidate, base);
    return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : null;
  } catch {
    return null;
  }
}
